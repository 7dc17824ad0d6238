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

/** Empty, or a period as the indicator module reads one: YYYY/YY (a financial year) or YYYY. */
@Documented
@Constraint(validatedBy = PeriodCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PeriodCode {

    String message() default "{editor.error.period}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
