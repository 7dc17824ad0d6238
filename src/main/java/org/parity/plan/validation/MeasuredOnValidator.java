package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.plan.EditorChoices;
import org.parity.plan.MilestoneFields;
import org.parity.plan.TypedText;

/** Asks which indicators the action's organisation sees; the figures count when they are numbers. */
class MeasuredOnValidator implements ConstraintValidator<MeasuredOn, MilestoneFields> {

    private final EditorChoices choices;

    MeasuredOnValidator(EditorChoices choices) {
        this.choices = choices;
    }

    @Override
    public boolean isValid(MilestoneFields fields, ConstraintValidatorContext context) {
        if (fields == null) {
            return true;
        }
        String indicator = TypedText.clean(fields.getIndicator());
        boolean measured = fields.targetValue() != null;
        boolean described = fields.baselineValue() != null || TypedText.clean(fields.getGroup()) != null;
        String org = indicator == null
                ? null
                : fields.getOrganisation() != null
                        ? fields.getOrganisation()
                        : choices.organisationOfAction(fields.getActionId()).orElse(null);
        return new Violations(context)
                .on(
                        indicator != null && !choices.areVisible(java.util.Set.of(indicator), org),
                        "indicator",
                        "{editor.error.indicator}")
                .on(indicator == null && measured, "indicator", "{editor.error.targetNeedsIndicator}")
                .on(indicator == null && !measured && described, "indicator", "{editor.error.needsIndicator}")
                .valid();
    }
}
