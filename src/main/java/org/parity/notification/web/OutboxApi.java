package org.parity.notification.web;

import java.util.List;
import org.parity.notification.Outbox;
import org.parity.notification.OutboxEntry;
import org.parity.people.CurrentCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mail outbox for platform admins: what was (or, without SMTP, would have been) sent. */
@RestController
class OutboxApi {

    private final Outbox outbox;
    private final CurrentCaller caller;

    OutboxApi(Outbox outbox, CurrentCaller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @GetMapping("/api/admin/outbox")
    List<OutboxEntry> outbox() {
        if (!caller.get().isAdmin()) {
            throw new AccessDeniedException("Only platform admins read the mail outbox");
        }
        return outbox.latest();
    }
}
