package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.people.Role;
import org.parity.plan.ActionFields;
import org.parity.plan.EditorChoices;

/** Asks who may lead and sponsor in the plan's organisation (both required: an action's process opens its tasks for them), and which indicators it sees. */
class ChosenInOrganisationValidator implements ConstraintValidator<ChosenInOrganisation, ActionFields> {

    private final EditorChoices choices;

    ChosenInOrganisationValidator(EditorChoices choices) {
        this.choices = choices;
    }

    @Override
    public boolean isValid(ActionFields fields, ConstraintValidatorContext context) {
        if (fields == null) {
            return true;
        }
        String org = fields.getOrganisation() != null
                ? fields.getOrganisation()
                : choices.organisationOfPlan(fields.getPlanId()).orElse(null);
        return new Violations(context)
                .on(!choices.may(org, Role.LEAD, fields.getLead()), "lead", "{editor.error.lead}")
                .on(!choices.may(org, Role.SPONSOR, fields.getSponsor()), "sponsor", "{editor.error.sponsor}")
                .on(!choices.areVisible(fields.getIndicators(), org), "indicators", "{editor.error.indicators}")
                .valid();
    }
}
