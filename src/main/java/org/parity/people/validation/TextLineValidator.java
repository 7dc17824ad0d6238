package org.parity.people.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.common.TextRules;

class TextLineValidator implements ConstraintValidator<TextLine, String> {

    private String label;
    private int max;

    @Override
    public void initialize(TextLine line) {
        this.label = line.label();
        this.max = line.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.trim().isEmpty()) {
            return true;
        }
        return TextRules.problem(label, value, max, false)
                .map(reason -> {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(literal(reason))
                            .addConstraintViolation();
                    return false;
                })
                .orElse(true);
    }

    /** The rule's words as a message template that says exactly them (no parameters, no expressions). */
    private static String literal(String text) {
        return text.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
