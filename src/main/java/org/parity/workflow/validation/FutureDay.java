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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Text that is a date as YYYY-MM-DD after today (by the application's clock). Null or blank is fine:
 * whether a date is needed is the form's rule.
 */
@Documented
@Constraint(validatedBy = FutureDay.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface FutureDay {

    /** When the text is not a date. */
    String message() default "{task.validation.newDue.format}";

    /** When the date is today or before. */
    String notFuture() default "{task.validation.newDue.past}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FutureDay, String> {

        private final Clock clock;
        private String notFuture;

        Validator(Clock clock) {
            this.clock = clock;
        }

        /** The date the text spells as YYYY-MM-DD (surrounding spaces allowed), or empty. */
        public static Optional<LocalDate> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        @Override
        public void initialize(FutureDay day) {
            this.notFuture = day.notFuture();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            Optional<LocalDate> date = parse(value);
            if (date.isEmpty()) {
                return false;
            }
            if (date.get().isAfter(LocalDate.now(clock))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(notFuture).addConstraintViolation();
            return false;
        }
    }
}
