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

/** No user has this username yet. A value that is not a username at all is left to the format rule. */
@Documented
@Constraint(validatedBy = UniqueUsernameValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface UniqueUsername {

    /** What a username may be: 3 to 120 letters, digits, dots, dashes or @. */
    String FORMAT = "[A-Za-z0-9._@-]{3,120}";

    String message() default "{user.username.taken}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
