package org.parity.plan.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A milestone's due date, typed in three boxes: all of them given ({editor.error.required.due}) and together a real date in 2000-2100; reported on dueDay. */
@Documented
@Constraint(validatedBy = DueDateValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DueDate {

    String message() default "{editor.error.date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
