package org.parity.plan.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Codes of high impact actions the catalogue knows (HIA1 to HIA6); none at all is fine. */
@Documented
@Constraint(validatedBy = KnownHighImpactActionsValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface KnownHighImpactActions {

    String message() default "{editor.error.highImpactAction}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
