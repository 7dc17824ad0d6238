package org.parity.notification.web;

import java.time.Instant;
import java.util.List;
import org.parity.notification.internal.OutboxMail;
import org.parity.notification.internal.OutboxMailRepository;
import org.parity.people.CurrentCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mail outbox for platform admins: what was (or, without SMTP, would have been) sent. */
@RestController
class OutboxApi {

    private final OutboxMailRepository outbox;
    private final CurrentCaller caller;

    OutboxApi(OutboxMailRepository outbox, CurrentCaller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @GetMapping("/api/admin/outbox")
    List<OutboxJson> outbox() {
        if (!caller.get().isAdmin()) {
            throw new AccessDeniedException("Only platform admins read the mail outbox");
        }
        return outbox.findTop200ByOrderByIdDesc().stream().map(OutboxJson::of).toList();
    }

    record OutboxJson(
            Long id,
            String key,
            String organisation,
            String to,
            String subject,
            String body,
            OutboxMail.Status status,
            String error,
            Instant created,
            Instant sent) {
        static OutboxJson of(OutboxMail m) {
            return new OutboxJson(
                    m.getId(),
                    m.getIdempotencyKey(),
                    m.getOrganisation(),
                    m.getRecipients(),
                    m.getSubject(),
                    m.getBody(),
                    m.getStatus(),
                    m.getError(),
                    m.getCreatedAt(),
                    m.getSentAt());
        }
    }
}
