package org.parity.people.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A personal API token's name: 1 to {@code max} characters once stripped, no control characters. */
@Documented
@Constraint(validatedBy = TokenNameValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface TokenName {

    int max() default 100;

    String message() default "{apiToken.name.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
