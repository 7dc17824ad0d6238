package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.people.Role;
import org.parity.plan.ActionFields;
import org.parity.plan.EditorChoices;
import org.parity.plan.TypedText;

/** Asks who may lead (a blank lead or sponsor passes only on an import) and sponsor in the plan's organisation, and which indicators it sees. */
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
        boolean noLead = fields.isPeopleOptional() && TypedText.clean(fields.getLead()) == null;
        boolean noSponsor = fields.isPeopleOptional() && TypedText.clean(fields.getSponsor()) == null;
        return new Violations(context)
                .on(!noLead && !choices.may(org, Role.LEAD, fields.getLead()), "lead", "{editor.error.lead}")
                .on(
                        !noSponsor && !choices.may(org, Role.SPONSOR, fields.getSponsor()),
                        "sponsor",
                        "{editor.error.sponsor}")
                .on(!choices.areVisible(fields.getIndicators(), org), "indicators", "{editor.error.indicators}")
                .valid();
    }
}
