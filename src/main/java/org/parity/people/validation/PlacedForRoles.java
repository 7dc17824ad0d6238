package org.parity.people.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A user has what their roles read: an organisation unless their roles are only ADMIN and ICS, and an
 * integrated care system if one of them is ICS. Reported on the organisation or system field.
 */
@Documented
@Constraint(validatedBy = PlacedForRolesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PlacedForRoles {

    String message() default "{user.organisation.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
