package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.plan.EditorChoices;
import org.parity.plan.PlanFields;

/** Asks the indicator catalogue (through the editor's choices, once per transaction); made by Spring, which passes it. */
class KnownStandardValidator implements ConstraintValidator<KnownStandard, String> {

    private final EditorChoices choices;

    KnownStandardValidator(EditorChoices choices) {
        this.choices = choices;
    }

    @Override
    public boolean isValid(String standard, ConstraintValidatorContext context) {
        String code = PlanFields.standardCode(standard);
        return code.matches("WRES|WDES|GPG|EDI") && choices.standardExists(code);
    }
}
