package org.parity.people;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking: the signed-in person as the rest of Parity sees them. Modules decide what a caller
 * may see or do from these facts, never from raw Spring Security objects. Serializable: it is part of the
 * signed-in person kept in the HTTP session, which lives in the shared database.
 */
public record Caller(String username, String displayName, Set<Role> roles, String organisationCode, String systemCode)
        implements Serializable {

    /**
     * The roles are copied into a plain set, in the roles' order: the set handed in may be an entity's lazy
     * collection, which must not travel into the session with its entity.
     */
    public Caller {
        roles = roles == null || roles.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Role.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

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
