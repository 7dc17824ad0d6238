package org.parity.workflow;

/** The task kinds of API.md; each user task in bpmn/ names its kind in the extension property "kind". */
public enum TaskKind {
    SCOPE,
    SIGN_OFF,
    PROGRESS_UPDATE,
    REVIEW,
    OFF_TRACK_RESPONSE,
    RECOVERY_REVIEW,
    EXTENSION_REQUEST,
    EXTENSION_REVIEW,
    COMPLETION_REVIEW,
    OVERDUE_CHASE,
    IMPACT_EVALUATION,
    LOAD_FIGURES,
    PREPARE_REPORT,
    REPORT_SIGN_OFF,
    PUBLISH_REPORT;

    /** True for the yearly reporting cycle's tasks, which belong to an organisation rather than an action. */
    public boolean isReporting() {
        return this == LOAD_FIGURES || this == PREPARE_REPORT || this == REPORT_SIGN_OFF || this == PUBLISH_REPORT;
    }

    /** True for a sponsor's approve-or-return decision. */
    public boolean isDecision() {
        return this == SIGN_OFF
                || this == REVIEW
                || this == RECOVERY_REVIEW
                || this == COMPLETION_REVIEW
                || this == EXTENSION_REVIEW
                || this == REPORT_SIGN_OFF;
    }
}
