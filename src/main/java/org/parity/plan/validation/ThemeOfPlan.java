package org.parity.plan.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The action's theme is one of its plan's themes (the plan the fields are checked against); reported on themeId. */
@Documented
@Constraint(validatedBy = ThemeOfPlanValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ThemeOfPlan {

    String message() default "{editor.error.theme}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
