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
import org.parity.common.Numbers;

/** Empty, or a decimal number as {@link Numbers#decimal} reads one. */
@Documented
@Constraint(validatedBy = DecimalNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface DecimalNumber {

    String message() default "{editor.error.number}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
