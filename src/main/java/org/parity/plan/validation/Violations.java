package org.parity.plan.validation;

import jakarta.validation.ConstraintValidatorContext;

/** A class-level constraint's errors, each reported on the field it is about. */
final class Violations {

    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Violations(ConstraintValidatorContext context) {
        this.context = context;
        context.disableDefaultConstraintViolation();
    }

    Violations on(boolean wrong, String field, String message) {
        if (wrong) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(field)
                    .addConstraintViolation();
            valid = false;
        }
        return this;
    }

    boolean valid() {
        return valid;
    }
}
