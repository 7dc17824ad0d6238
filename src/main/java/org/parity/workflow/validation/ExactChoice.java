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
import java.util.Arrays;

/**
 * Text that is exactly the name of one of an enum's constants, as listed ("green " or "approve" is not
 * a choice). Null or blank is no choice either: the field is required.
 */
@Documented
@Constraint(validatedBy = ExactChoice.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ExactChoice {

    Class<? extends Enum<?>> of();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ExactChoice, String> {

        private Enum<?>[] choices;

        @Override
        public void initialize(ExactChoice choice) {
            this.choices = choice.of().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value != null
                    && Arrays.stream(choices).anyMatch(c -> c.name().equals(value));
        }
    }
}
