package org.parity.plan;

/** Where an action is in its life. */
public enum ActionStatus {
    /** Created, waiting for the lead to confirm scope and the sponsor to sign it off. */
    DRAFT,
    NOT_STARTED,
    IN_PROGRESS,
    /** The sponsor has approved completion; the impact evaluation may still be outstanding. */
    COMPLETE,
    WITHDRAWN;

    public boolean isUnderWay() {
        return this == IN_PROGRESS;
    }
}
