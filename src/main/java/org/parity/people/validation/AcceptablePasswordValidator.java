package org.parity.people.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.parity.people.AccountForm;
import org.parity.people.internal.PasswordPolicy;

/** Asks the password policy; its reason becomes the password field's error. */
class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, AccountForm> {

    private final PasswordPolicy policy;

    AcceptablePasswordValidator(PasswordPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean isValid(AccountForm form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        return policy.problem(form.getPassword(), form.getUsername())
                .map(reason -> {
                    context.disableDefaultConstraintViolation();
                    context.unwrap(HibernateConstraintValidatorContext.class)
                            .addMessageParameter("min", PasswordPolicy.MINIMUM_LENGTH)
                            .addMessageParameter("max", PasswordPolicy.MAXIMUM_LENGTH)
                            .buildConstraintViolationWithTemplate("{" + reason + "}")
                            .addPropertyNode("password")
                            .addConstraintViolation();
                    return false;
                })
                .orElse(true);
    }
}
