package org.parity.workflow.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.parity.workflow.TaskInput;

/**
 * An extension request asks for a new due date or proposes completion, one of the two and not both:
 * reported on the new due date. A date that is not one is {@link FutureDay}'s to report.
 */
@Documented
@Constraint(validatedBy = DateOrCompletion.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DateOrCompletion {

    /** Neither a date nor a proposal. */
    String message() default "{task.validation.newDue.neither}";

    /** Both a date and a proposal. */
    String both() default "{task.validation.newDue.both}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DateOrCompletion, TaskInput> {

        private String both;

        @Override
        public void initialize(DateOrCompletion rule) {
            this.both = rule.both();
        }

        @Override
        public boolean isValid(TaskInput form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            boolean dated = form.getNewDue() != null && !form.getNewDue().isBlank();
            String problem;
            if (!dated && !form.isProposeCompletion()) {
                problem = context.getDefaultConstraintMessageTemplate();
            } else if (form.isProposeCompletion()
                    && FutureDay.Validator.parse(form.getNewDue()).isPresent()) {
                problem = both;
            } else {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem)
                    .addPropertyNode("newDue")
                    .addConstraintViolation();
            return false;
        }
    }
}
