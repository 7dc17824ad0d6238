package org.parity.people.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.common.TextRuleViolation;

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
        return TextRuleViolation.check(label, value, max, false, context);
    }
}
