package org.parity.plan.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A milestone's indicator is one visible to the action's organisation, and a target, a baseline or a group comes with an indicator; reported on indicator. */
@Documented
@Constraint(validatedBy = MeasuredOnValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface MeasuredOn {

    String message() default "{editor.error.indicator}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
