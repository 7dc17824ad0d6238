package org.parity.plan;

/** Whether a milestone is being met; for one linked to an indicator, decided by its latest value. */
public enum MilestoneStatus {
    /** Not yet evaluated, or a plain milestone not yet done. */
    PENDING,
    DONE,
    ACHIEVED,
    ON_TRACK,
    OFF_TRACK,
    MISSED,
    NO_DATA
}
