package org.parity.progress;

/** A progress update waits for its sponsor, is approved, or is returned to the lead. */
public enum UpdateStatus {
    SUBMITTED,
    APPROVED,
    RETURNED
}
