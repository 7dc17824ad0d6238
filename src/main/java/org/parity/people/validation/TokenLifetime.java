package org.parity.people.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** How many days a personal API token lives: a whole number from 1 to {@code max} (a year and a day). */
@Documented
@NotNull
@Min(1)
@Max(366)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface TokenLifetime {

    @OverridesAttribute(constraint = Max.class, name = "value")
    long max() default 366;

    String message() default "{apiToken.days.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
