package org.parity.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** A service's refusal by its constraints reaches the browser as the 400 page saying why, not a 500. */
class PageExceptionHandlerTest {

    record Reason(
            @NotBlank(message = "Say why") @CommentText(label = "The reason", max = 10)
            String reason) {}

    @Test
    void aConstraintViolationFromAServiceIsThe400PageWithItsMessages() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            var violations = validator.validate(new Reason("far too long a reason"));
            ModelAndView page = new PageExceptionHandler().violated(new ConstraintViolationException(violations));
            assertThat(page.getViewName()).isEqualTo("error/400");
            assertThat(page.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(page.getModel()).containsEntry("detail", "The reason is longer than 10 characters");
        }
    }
}
