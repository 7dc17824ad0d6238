package org.parity.people;

import java.time.Instant;
import java.util.Set;

/**
 * A person's account as other modules and the admin pages read it; never their password hash. A pending
 * account was created by single sign-on and waits for an admin to choose its organisation and roles.
 */
public record UserAccount(
        Long id,
        String username,
        String displayName,
        String organisationCode,
        String systemCode,
        boolean enabled,
        boolean demo,
        Instant lockedUntil,
        Set<Role> roles,
        long version,
        String email,
        boolean pending) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
