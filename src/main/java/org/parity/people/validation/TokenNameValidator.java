package org.parity.people.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.common.TextRules;

class TokenNameValidator implements ConstraintValidator<TokenName, String> {

    private int max;

    @Override
    public void initialize(TokenName name) {
        this.max = name.max();
    }

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        String stripped = name == null ? "" : name.strip();
        // the one text rule: no control characters and no right-to-left overrides (they disguise the name shown)
        return !stripped.isEmpty()
                && stripped.length() <= max
                && TextRules.problem("name", stripped, max, false).isEmpty();
    }
}
