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
import org.parity.progress.Decision;
import org.parity.workflow.TaskInput;

/** A sponsor who returns something says what needs to change: reported on the comment. */
@Documented
@Constraint(validatedBy = CommentToReturn.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CommentToReturn {

    String message() default "{task.validation.comment.toReturn}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CommentToReturn, TaskInput> {

        @Override
        public boolean isValid(TaskInput form, ConstraintValidatorContext context) {
            if (form == null
                    || !Decision.RETURN.name().equals(form.getDecision())
                    || (form.getComment() != null && !form.getComment().isBlank())) {
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
