package org.parity.progress;

import java.time.Instant;
import java.time.LocalDate;

/** A lead's request (scope change, extension, recovery plan) as other modules read it, and the decision on it. */
public record Submission(
        Long id,
        Long actionId,
        SubmissionKind kind,
        String author,
        String comment,
        LocalDate newDue,
        boolean proposeCompletion,
        Working working,
        UpdateStatus status,
        Instant submittedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionComment) {}
