package org.parity.indicator.web;

import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.people.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may import an organisation's figures: its EDI team and platform admins. Anyone else who can
 * see the organisation gets 403; anyone who cannot see it gets 404, so its existence does not leak.
 */
@Component
class Importers {

    private final OrganisationAccess access;
    private final CurrentCaller caller;

    Importers(OrganisationAccess access, CurrentCaller caller) {
        this.access = access;
        this.caller = caller;
    }

    Caller check(String organisation) {
        Caller who = caller.get();
        access.readable(who, organisation);
        if (!mayImport(who, organisation)) {
            throw new AccessDeniedException(
                    "Only the EDI team of " + organisation + " or an admin may import its figures.");
        }
        return who;
    }

    static boolean mayImport(Caller who, String organisation) {
        return who.isAdmin() || (who.has(Role.EDI) && who.belongsTo(organisation));
    }
}
