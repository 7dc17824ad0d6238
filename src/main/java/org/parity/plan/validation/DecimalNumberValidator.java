package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.common.Numbers;

class DecimalNumberValidator implements ConstraintValidator<DecimalNumber, String> {

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        return text == null || text.isBlank() || Numbers.decimal(text).isPresent();
    }
}
