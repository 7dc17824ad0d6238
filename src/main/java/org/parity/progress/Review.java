package org.parity.progress;

import java.time.Instant;

/** One sponsor decision as other modules read it: which submission or update it decided, approve or return, and why. */
public record Review(
        Long id,
        Long actionId,
        ReviewKind kind,
        Long updateId,
        Long submissionId,
        Decision decision,
        String comment,
        String decidedBy,
        Instant decidedAt) {

    public boolean approved() {
        return decision == Decision.APPROVE;
    }
}
