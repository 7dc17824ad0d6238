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
 * the one access policy that guards those pages. The advice also applies to the API's controllers (a
 * REST controller is a controller), so it hands out a {@link Navigation} that asks only when a page's
 * header reads it: an API call costs nothing.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final CurrentCaller caller;
    private final OrganisationAccess access;

    NavigationAdvice(CurrentCaller caller, OrganisationAccess access) {
        this.caller = caller;
        this.access = access;
    }

    @ModelAttribute("nav")
    Navigation navigation() {
        return new Navigation();
    }

    /** The header's two decided links, each worked out on first read and then kept for the request. */
    public final class Navigation {

        private Caller who;
        private boolean whoKnown;
        private String dashboard;
        private boolean dashboardKnown;
        private String system;
        private boolean systemKnown;

        /** The caller's own organisation, when they do its EDI team's work (the dashboard's own rule). */
        public String dashboard() {
            if (!dashboardKnown) {
                Caller c = signedIn();
                dashboard = c != null && c.organisationCode() != null && access.runsEdiWork(c, c.organisationCode())
                        ? c.organisationCode()
                        : null;
                dashboardKnown = true;
            }
            return dashboard;
        }

        /** The caller's system, when they compare its organisations (the comparison's own rule). */
        public String system() {
            if (!systemKnown) {
                Caller c = signedIn();
                system = c != null && c.systemCode() != null && access.readsSystem(c, c.systemCode())
                        ? c.systemCode()
                        : null;
                systemKnown = true;
            }
            return system;
        }

        private Caller signedIn() {
            if (!whoKnown) {
                try {
                    who = caller.get();
                } catch (AccessDeniedException signedOut) {
                    who = null;
                }
                whoKnown = true;
            }
            return who;
        }
    }
}
