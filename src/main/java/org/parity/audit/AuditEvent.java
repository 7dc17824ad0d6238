package org.parity.audit;

import java.time.Instant;

/** One entry of the audit trail as other modules read it: who did what to which thing, when, and what they said. */
public record AuditEvent(
        Long id,
        Instant occurredAt,
        String actor,
        String organisationCode,
        String subjectType,
        String subjectId,
        String eventType,
        String fromState,
        String toState,
        String comment,
        String detail) {}
