package org.parity.people;

import java.util.Set;

/**
 * Who is asking: the signed-in person as the rest of Parity sees them. Modules decide what a caller
 * may see or do from these facts, never from raw Spring Security objects.
 */
public record Caller(String username, String displayName, Set<Role> roles, String organisationCode, String systemCode) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** True when the caller works for this organisation (not merely reads it). */
    public boolean belongsTo(String organisation) {
        return organisation != null && organisation.equals(organisationCode);
    }
}
