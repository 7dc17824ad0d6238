package org.parity.common;

import jakarta.validation.ConstraintValidatorContext;

/**
 * How a text constraint reports the one text rule ({@link TextRules}): the rule's own words, naming the
 * field by its label, as the violation's message. Shared by the one-line and several-line constraints.
 */
public final class TextRuleViolation {

    private TextRuleViolation() {}

    /** True when {@code value} keeps the rule; otherwise reports the rule's words and answers false. */
    public static boolean check(
            String label, String value, int max, boolean multiLine, ConstraintValidatorContext context) {
        return TextRules.problem(label, value, max, multiLine)
                .map(reason -> {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(literal(reason))
                            .addConstraintViolation();
                    return false;
                })
                .orElse(true);
    }

    /** The words as a message template that says exactly them (no parameters, no expressions). */
    private static String literal(String text) {
        return text.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
