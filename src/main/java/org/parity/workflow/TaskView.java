package org.parity.workflow;

import java.time.Instant;

/** A task as a worklist shows it (GET /api/me/tasks). */
public record TaskView(
        String id,
        TaskKind kind,
        Long actionId,
        String actionTitle,
        String organisation,
        String title,
        String assignee,
        String candidateGroup,
        Instant created,
        Instant due,
        String state) {}
