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
import org.parity.common.TextRules;

/**
 * One line of text by the one text rule ({@link TextRules}): no control characters, no bidirectional
 * overrides, at most {@code max} characters; the message is the rule's, naming the field by its label.
 * Null and blank values are left to {@code @NotBlank} where a value is required.
 */
@Documented
@Constraint(validatedBy = TextLineValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface TextLine {

    /** How the rule's message names the field, e.g. "The name". */
    String label();

    int max() default TextRules.LINE;

    /** Unused: the message is always the rule's own words. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
