package org.parity.notification;

import java.util.List;
import org.parity.notification.internal.OutboxMailRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the mail outbox, newest first. Who may read it is the caller's business (admins only). */
@Service
@Transactional(readOnly = true)
public class Outbox {

    private final OutboxMailRepository mails;

    Outbox(OutboxMailRepository mails) {
        this.mails = mails;
    }

    /** The newest 200 mails. */
    public List<OutboxEntry> latest() {
        return mails.findTop200ByOrderByIdDesc().stream()
                .map(m -> new OutboxEntry(
                        m.getId(),
                        m.getIdempotencyKey(),
                        m.getOrganisation(),
                        m.getRecipients(),
                        m.getSubject(),
                        m.getBody(),
                        m.getStatus().name(),
                        m.getError(),
                        m.getCreatedAt(),
                        m.getSentAt()))
                .toList();
    }
}
