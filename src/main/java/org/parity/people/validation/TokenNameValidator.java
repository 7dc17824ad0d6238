package org.parity.people.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class TokenNameValidator implements ConstraintValidator<TokenName, String> {

    private int max;

    @Override
    public void initialize(TokenName name) {
        this.max = name.max();
    }

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        String stripped = name == null ? "" : name.strip();
        return !stripped.isEmpty()
                && stripped.length() <= max
                && stripped.chars().noneMatch(Character::isISOControl);
    }
}
