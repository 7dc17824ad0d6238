package org.parity.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.parity.common.apidocs.ApiTags;
import org.parity.notification.Outbox;
import org.parity.notification.OutboxEntry;
import org.parity.people.CurrentCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mail outbox for platform admins: what was (or, without SMTP, would have been) sent. */
@RestController
@Tag(name = ApiTags.ADMIN)
class OutboxApi {

    private final Outbox outbox;
    private final CurrentCaller caller;

    OutboxApi(Outbox outbox, CurrentCaller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @Operation(
            summary = "The latest mails of the outbox",
            description = "What was sent, or (without an SMTP server, the embedded default) would have been sent:"
                    + " reminders, escalations and their state. Platform admins only.")
    @GetMapping("/api/admin/outbox")
    List<OutboxEntry> outbox() {
        if (!caller.get().isAdmin()) {
            throw new AccessDeniedException("Only platform admins read the mail outbox");
        }
        return outbox.latest();
    }
}
