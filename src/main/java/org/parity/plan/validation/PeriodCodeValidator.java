package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.plan.MilestoneFields;

class PeriodCodeValidator implements ConstraintValidator<PeriodCode, String> {

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        return text == null || text.isBlank() || MilestoneFields.period(text) != null;
    }
}
