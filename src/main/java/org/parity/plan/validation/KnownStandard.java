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

/** A standard a plan may be for (WRES, WDES, GPG or EDI, in any case) that the indicator catalogue knows. */
@Documented
@Constraint(validatedBy = KnownStandardValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface KnownStandard {

    String message() default "{editor.error.standard}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
