package org.parity.progress;

/** The sponsor decisions an action's life asks for; each decides one submission of the lead. */
public enum ReviewKind {
    SIGN_OFF,
    REVIEW,
    RECOVERY_REVIEW,
    EXTENSION_REVIEW,
    COMPLETION_REVIEW
}
