package org.parity.workflow;

/** The only variables an action process holds: the action's id, its tenant and routing flags. */
final class ProcessVariables {

    static final String ACTION_ID = "actionId";
    static final String ORGANISATION = "organisation";
    static final String UNDER_WAY = "underWay";
    static final String APPROVED = "approved";
    static final String COMPLETION_PROPOSED = "completionProposed";

    private ProcessVariables() {
    }
}
