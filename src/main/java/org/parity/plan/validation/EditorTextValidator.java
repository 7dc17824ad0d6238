package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.common.TextRules;

class EditorTextValidator implements ConstraintValidator<EditorText, String> {

    private EditorText rule;

    @Override
    public void initialize(EditorText rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String problem = null;
        if (value != null
                && TextRules.problem("text", value, rule.max(), rule.multiLine())
                        .isPresent()) {
            problem = value.length() > rule.max() ? "{editor.error.tooLong}" : rule.message();
        } else if (!rule.required().isEmpty() && (value == null || value.isBlank())) {
            problem = rule.required();
        }
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
