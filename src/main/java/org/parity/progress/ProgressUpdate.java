package org.parity.progress;

import java.time.Instant;

/** A progress update as other modules read it: the lead's RAG, narrative and evidence, and the sponsor's decision on it. */
public record ProgressUpdate(
        Long id,
        Long actionId,
        String author,
        Rag rag,
        Integer percentComplete,
        String narrative,
        String evidenceUrl,
        boolean proposeCompletion,
        UpdateStatus status,
        String sourceDocument,
        Instant submittedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionComment,
        long version) {}
