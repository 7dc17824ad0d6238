package org.parity.admin;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An organisation code that is blank or one of the organisations (a blank one is the roles rule's business). */
@Documented
@Constraint(validatedBy = KnownOrganisationValidator.class)
@Target({FIELD, METHOD})
@Retention(RUNTIME)
public @interface KnownOrganisation {

    String message() default "{user.organisation.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
