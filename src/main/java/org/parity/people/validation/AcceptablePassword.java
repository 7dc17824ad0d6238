package org.parity.people.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The password passes the password policy, which needs the username too (a password must not contain
 * it): so this is a constraint on the whole form, reported on its password field.
 */
@Documented
@Constraint(validatedBy = AcceptablePasswordValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AcceptablePassword {

    String message() default "{password.tooShort}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
