package org.parity.report;

import org.parity.plan.MilestoneStatus;

/** Why a board must hear about an action; written as its name, in this order. */
enum ExceptionReason {
    UPDATE_OVERDUE(null),
    MILESTONE_OFF_TRACK(MilestoneStatus.OFF_TRACK),
    MILESTONE_MISSED(MilestoneStatus.MISSED),
    RED_RAG(null),
    PAST_DUE(null);

    private final MilestoneStatus milestoneStatus;

    ExceptionReason(MilestoneStatus milestoneStatus) {
        this.milestoneStatus = milestoneStatus;
    }

    /** The milestone status this reason stands for; null when it is not about milestones. */
    MilestoneStatus milestoneStatus() {
        return milestoneStatus;
    }
}
