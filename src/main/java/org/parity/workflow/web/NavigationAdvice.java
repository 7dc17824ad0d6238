package org.parity.workflow.web;

import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the header's navigation needs beyond the route rules (which the header asks itself, link by
 * link): the organisation whose dashboard the caller opens and the system they compare, each decided by
 * the one access policy that guards those pages.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final CurrentCaller caller;
    private final OrganisationAccess access;

    NavigationAdvice(CurrentCaller caller, OrganisationAccess access) {
        this.caller = caller;
        this.access = access;
    }

    /** The caller's own organisation, when they do its EDI team's work (the dashboard's own rule). */
    @ModelAttribute("navDashboard")
    String dashboardOrganisation() {
        Caller who = signedIn();
        return who != null && who.organisationCode() != null && access.runsEdiWork(who, who.organisationCode())
                ? who.organisationCode()
                : null;
    }

    /** The caller's system, when they compare its organisations (the comparison's own rule). */
    @ModelAttribute("navSystem")
    String comparedSystem() {
        Caller who = signedIn();
        return who != null && who.systemCode() != null && access.readsSystem(who, who.systemCode())
                ? who.systemCode()
                : null;
    }

    private Caller signedIn() {
        try {
            return caller.get();
        } catch (AccessDeniedException signedOut) {
            return null;
        }
    }
}
