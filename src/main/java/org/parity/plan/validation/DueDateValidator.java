package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.plan.MilestoneFields;
import org.parity.plan.TypedText;

class DueDateValidator implements ConstraintValidator<DueDate, MilestoneFields> {

    @Override
    public boolean isValid(MilestoneFields fields, ConstraintValidatorContext context) {
        if (fields == null) {
            return true;
        }
        boolean none = TypedText.clean(fields.getDueDay()) == null
                && TypedText.clean(fields.getDueMonth()) == null
                && TypedText.clean(fields.getDueYear()) == null;
        return new Violations(context)
                .on(none, "dueDay", "{editor.error.required.due}")
                .on(!none && fields.due() == null, "dueDay", "{editor.error.date}")
                .valid();
    }
}
