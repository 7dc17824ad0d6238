package org.parity.plan.validation;

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
 * Text typed into the editor, by the one text rule ({@link TextRules}): at most {@code max} characters
 * ({editor.error.tooLong}), no control character and, on one line, no bidirectional override
 * ({editor.error.control}). When {@code required} names a message, a blank value is refused with it; a
 * value that breaks the text rule gets the rule's error only.
 */
@Documented
@Constraint(validatedBy = EditorTextValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface EditorText {

    int max();

    /** Line breaks and tabs allowed. */
    boolean multiLine() default false;

    /** The message for a blank value, e.g. "{editor.error.required.title}"; empty when the field is optional. */
    String required() default "";

    String message() default "{editor.error.control}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
