package org.parity.indicator.web;

import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
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
        access.ediWork(who, organisation, "may import its figures.");
        return who;
    }
}
