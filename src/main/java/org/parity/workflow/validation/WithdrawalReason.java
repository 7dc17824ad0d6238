package org.parity.workflow.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.parity.common.CommentText;

/**
 * Why an action is withdrawn, which readers of the plan see: required, and kept by the one text rule
 * (several lines allowed, at most 2,000 characters). The same rule for the page, the API and the gateway.
 */
@Documented
@NotBlank(message = "{withdraw.validation.reason.required}")
@CommentText(label = "The reason", max = 2000)
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface WithdrawalReason {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
