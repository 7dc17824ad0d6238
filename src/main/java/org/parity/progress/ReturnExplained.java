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

/**
 * A decision to return something says what needs to change: reported on the comment. On any form that
 * can carry a sponsor's decision ({@link Explained}): the progress service's {@link DecisionForm} and
 * the task page's form.
 */
@Documented
@Constraint(validatedBy = ReturnExplained.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ReturnExplained {

    String message() default "{progress.comment.toReturn}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A form that may return something, and the comment that would explain it. */
    interface Explained {

        boolean returning();

        String comment();
    }

    class Validator implements ConstraintValidator<ReturnExplained, Explained> {

        @Override
        public boolean isValid(Explained form, ConstraintValidatorContext context) {
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
