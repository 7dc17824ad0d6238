package org.parity.progress;

/** What a sponsor decides on a lead's submission. */
public enum Decision {
    APPROVE,
    RETURN
}
