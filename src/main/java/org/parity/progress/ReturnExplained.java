package org.parity.progress;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A decision to return something says what needs to change: reported on the comment. */
@Documented
@Constraint(validatedBy = ReturnExplained.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ReturnExplained {

    String message() default "{progress.comment.toReturn}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReturnExplained, DecisionForm> {

        @Override
        public boolean isValid(DecisionForm form, ConstraintValidatorContext context) {
            if (form == null
                    || !form.returning()
                    || (form.comment() != null && !form.comment().isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("comment")
                    .addConstraintViolation();
            return false;
        }
    }
}
