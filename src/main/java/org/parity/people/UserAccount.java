package org.parity.people;

import java.time.Instant;
import java.util.Set;

/** A person's account as other modules and the admin pages read it; never their password hash. */
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
        long version) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
