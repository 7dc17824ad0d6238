package org.parity.progress;

/** What a lead or the EDI team hands in on a task, apart from a progress update. */
public enum SubmissionKind {
    /** The lead confirms milestones and success measures; decided by SIGN_OFF. */
    SCOPE,
    /** The lead's recovery plan for a milestone gone off track; decided by RECOVERY_REVIEW. */
    OFF_TRACK_RESPONSE,
    /** A new due date, or a proposal to complete; decided by EXTENSION_REVIEW or COMPLETION_REVIEW. */
    EXTENSION_REQUEST,
    /** The EDI team's note that it chased an overdue update. */
    OVERDUE_CHASE,
    /** The EDI team's judgement of whether the action worked. */
    IMPACT_EVALUATION;

    /** True when a sponsor must decide on it. */
    public boolean needsDecision() {
        return this == SCOPE || this == OFF_TRACK_RESPONSE || this == EXTENSION_REQUEST;
    }
}
