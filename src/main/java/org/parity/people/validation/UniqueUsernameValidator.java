package org.parity.people.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.people.internal.AppUserRepository;

/** Asks the users table; made by Spring, which passes the repository. */
class UniqueUsernameValidator implements ConstraintValidator<UniqueUsername, String> {

    private final AppUserRepository users;

    UniqueUsernameValidator(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public boolean isValid(String username, ConstraintValidatorContext context) {
        return username == null || !username.matches(UniqueUsername.FORMAT) || !users.existsByUsername(username);
    }
}
