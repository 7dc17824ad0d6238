package org.parity.notification;

import java.time.Instant;

/** One mail of the outbox as platform admins read it: what was (or, without SMTP, would have been) sent. */
public record OutboxEntry(
        Long id,
        String key,
        String organisation,
        String to,
        String subject,
        String body,
        String status,
        String error,
        Instant created,
        Instant sent) {}
