package org.parity.plan.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The action's lead may lead and its sponsor may sponsor in the plan's organisation (enabled, with that role), and its indicators are visible to it; reported on lead, sponsor and indicators. */
@Documented
@Constraint(validatedBy = ChosenInOrganisationValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ChosenInOrganisation {

    String message() default "{editor.error.lead}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
