package org.parity.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** An error summary lists a form's errors in the order the page shows its fields. */
class FieldOrderValidationTest {

    static class Base {
        @NotBlank
        String title;
    }

    static class Form extends Base {
        @NotNull
        String lead;

        @Size(min = 3)
        List<String> measures = List.of("one");

        @NotBlank
        String sponsor;

        @NotNull
        Integer percent;
    }

    @Test
    void errorsComeInTheOrderTheFieldsAreDeclaredSuperclassFirst() {
        LocalValidatorFactoryBean beanValidation = new LocalValidatorFactoryBean();
        beanValidation.afterPropertiesSet();
        var validator = new FieldOrderValidation.InFieldOrder(beanValidation);
        for (int run = 0; run < 20; run++) {
            BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Form(), "form");
            validator.validate(new Form(), result);
            assertThat(result.getFieldErrors())
                    .extracting(FieldError::getField)
                    .containsExactly("title", "lead", "measures", "sponsor", "percent");
        }
        beanValidation.close();
    }
}
