package org.parity.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A comment, narrative or reason someone writes (several lines allowed) by the one text rule
 * ({@link TextRules}): no control characters but line breaks and tabs, at most {@code max} characters.
 * The message is the rule's own, naming the field by its label. Null and blank values are left to
 * {@code @NotBlank} where a value is required.
 */
@Documented
@Constraint(validatedBy = CommentText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CommentText {

    /** How the rule's message names the field, e.g. "The comment". */
    String label();

    int max() default TextRules.TEXT;

    /** Unused: the message is always the rule's own words. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CommentText, String> {

        private String label;
        private int max;

        @Override
        public void initialize(CommentText text) {
            this.label = text.label();
            this.max = text.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return TextRuleViolation.check(label, value, max, true, context);
        }
    }
}
