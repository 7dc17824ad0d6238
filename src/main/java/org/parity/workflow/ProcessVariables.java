package org.parity.workflow;

/** The only variables a process holds: ids, the tenant and routing flags; never business data. */
final class ProcessVariables {

    static final String ACTION_ID = "actionId";
    static final String ORGANISATION = "organisation";
    static final String UNDER_WAY = "underWay";
    static final String APPROVED = "approved";
    static final String COMPLETION_PROPOSED = "completionProposed";
    static final String STANDARD = "standard";
    static final String REPORT_YEAR = "reportYear";

    private ProcessVariables() {}
}
