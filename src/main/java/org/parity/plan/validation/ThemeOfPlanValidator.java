package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.plan.ActionFields;
import org.parity.plan.EditorChoices;

class ThemeOfPlanValidator implements ConstraintValidator<ThemeOfPlan, ActionFields> {

    private final EditorChoices choices;

    ThemeOfPlanValidator(EditorChoices choices) {
        this.choices = choices;
    }

    @Override
    public boolean isValid(ActionFields fields, ConstraintValidatorContext context) {
        return fields == null
                || new Violations(context)
                        .on(
                                !choices.isThemeOf(fields.getThemeId(), fields.getPlanId()),
                                "themeId",
                                "{editor.error.theme}")
                        .valid();
    }
}
