package org.parity.plan.web;

import java.time.Clock;
import java.util.Optional;
import org.parity.common.PendingUploads;
import org.parity.common.PendingUploads.Pending;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Plan files waiting for their preview to be confirmed (see {@link PendingUploads}), in their own table. */
@Component
class PendingPlanImports {

    private final PendingUploads uploads;

    PendingPlanImports(JdbcTemplate jdbc, Clock clock) {
        this.uploads = new PendingUploads(jdbc, clock, "pending_plan_import");
    }

    /** Keeps the file (as CSV) for its owner; answers the token the preview page posts back. */
    @Transactional
    String keep(String organisation, String username, String fileName, byte[] csv) {
        return uploads.keep(organisation, username, fileName, csv);
    }

    /** The owner's file under this token, removed as it is taken; empty when unknown, someone else's or expired. */
    @Transactional
    Optional<Pending> take(String token, String organisation, String username) {
        return uploads.take(token, organisation, username);
    }
}
