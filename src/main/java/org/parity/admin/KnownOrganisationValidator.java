package org.parity.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.organisation.Organisations;

/** Asks the organisation module; made by Spring, which passes it. */
class KnownOrganisationValidator implements ConstraintValidator<KnownOrganisation, String> {

    private final Organisations organisations;

    KnownOrganisationValidator(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || code.isBlank() || organisations.exists(code.strip());
    }
}
