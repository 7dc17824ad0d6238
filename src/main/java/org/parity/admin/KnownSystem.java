package org.parity.admin;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An integrated care system code that is blank or one of the systems (a blank one is the roles rule's business). */
@Documented
@Constraint(validatedBy = KnownSystemValidator.class)
@Target({FIELD, METHOD})
@Retention(RUNTIME)
public @interface KnownSystem {

    String message() default "{user.system.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
