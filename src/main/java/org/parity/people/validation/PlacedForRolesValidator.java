package org.parity.people.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.people.AccountForm;
import org.parity.people.Role;

class PlacedForRolesValidator implements ConstraintValidator<PlacedForRoles, AccountForm> {

    @Override
    public boolean isValid(AccountForm form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (form.getRoles().contains(Role.ICS) && isBlank(form.getSystemCode())) {
            reject(context, "systemCode", "{user.system.requiredForIcs}");
            valid = false;
        }
        boolean needsOrganisation = form.getRoles().stream().anyMatch(r -> r != Role.ADMIN && r != Role.ICS);
        if (needsOrganisation && isBlank(form.getOrganisationCode())) {
            reject(context, "organisationCode", "{user.organisation.required}");
            valid = false;
        }
        return valid;
    }

    private static void reject(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(field)
                .addConstraintViolation();
    }

    private static boolean isBlank(String code) {
        return code == null || code.isBlank();
    }
}
