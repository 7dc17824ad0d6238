package org.parity.workflow.internal;

import java.time.Instant;
import org.parity.workflow.TaskKind;

/** What a task listener knows about a task, independent of the engine's types. */
public record TaskFacts(
        String id,
        TaskKind kind,
        String activity,
        String name,
        String processInstanceId,
        String businessKey,
        Long actionId,
        String organisation,
        String assignee,
        String candidateGroup,
        Instant created,
        Instant due) {

    /** Enough to close a task the read model already holds. */
    public static TaskFacts of(String id) {
        return new TaskFacts(id, null, null, null, null, null, null, null, null, null, null, null);
    }
}
