package org.parity.workflow.web;

import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.people.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the header's navigation needs beyond roles: the organisation whose dashboard an EDI user opens. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final CurrentCaller caller;

    NavigationAdvice(CurrentCaller caller) {
        this.caller = caller;
    }

    @ModelAttribute("navDashboard")
    String dashboardOrganisation() {
        try {
            Caller who = caller.get();
            return who.has(Role.EDI) ? who.organisationCode() : null;
        } catch (AccessDeniedException signedOut) {
            return null;
        }
    }
}
