package org.parity.workflow.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.parity.common.Numbers;

/**
 * Text that spells a whole number from {@code min} to {@code max} by the one number rule
 * ({@link Numbers#whole}: digits 0-9 only). Null or blank is no number: the field is required.
 */
@Documented
@Constraint(validatedBy = WholeNumberText.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface WholeNumberText {

    long min();

    long max();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WholeNumberText, String> {

        private long min;
        private long max;

        @Override
        public void initialize(WholeNumberText number) {
            this.min = number.min();
            this.max = number.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Numbers.whole(value, min, max).isPresent();
        }
    }
}
