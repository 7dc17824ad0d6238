package org.parity.indicator.web;

import java.time.Clock;
import java.util.Optional;
import org.parity.common.PendingUploads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Figure uploads waiting for their preview to be confirmed (see {@link PendingUploads}), in their own table. */
@Component
class PendingImports {

    private final PendingUploads uploads;

    PendingImports(JdbcTemplate jdbc, Clock clock) {
        this.uploads = new PendingUploads(jdbc, clock, "pending_import");
    }

    /** Keeps the upload for its owner to confirm; answers the token the preview page posts back. */
    @Transactional
    String keep(String organisation, String username, String fileName, byte[] csv) {
        return uploads.keep(organisation, username, fileName, csv);
    }

    /** The owner's upload under this token, removed as it is taken; empty when unknown, someone else's or expired. */
    @Transactional
    Optional<byte[]> take(String token, String organisation, String username) {
        return uploads.take(token, organisation, username).map(PendingUploads.Pending::csv);
    }
}
