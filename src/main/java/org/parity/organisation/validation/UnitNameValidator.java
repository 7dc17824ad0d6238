package org.parity.organisation.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.common.TextRuleViolation;

class UnitNameValidator implements ConstraintValidator<UnitName, String> {

    static final int MAX = 200;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.trim().isEmpty()) {
            return true;
        }
        return TextRuleViolation.check("The name", value, MAX, false, context);
    }
}
