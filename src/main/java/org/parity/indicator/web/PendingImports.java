package org.parity.indicator.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads waiting for confirmation, in the database: one per person and organisation (a new upload
 * replaces the last), taken once, gone after {@link #LIFETIME}. Any node can confirm what another
 * previewed; nothing large lives in the session.
 */
@Component
class PendingImports {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PendingImports(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the upload for its owner to confirm; answers the token the preview page posts back. */
    @Transactional
    String keep(String organisation, String username, String fileName, byte[] csv) {
        Instant now = clock.instant();
        jdbc.update("delete from pending_import where expires_at < ?", Timestamp.from(now));
        jdbc.update("delete from pending_import where username = ? and organisation_code = ?", username, organisation);
        String token = UUID.randomUUID().toString();
        String name = fileName == null ? null : fileName.replaceAll("\\p{Cntrl}", "");
        jdbc.update(
                "insert into pending_import (token, organisation_code, username, file_name, csv, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                token,
                organisation,
                username,
                name == null ? null : name.substring(0, Math.min(200, name.length())),
                csv,
                Timestamp.from(now),
                Timestamp.from(now.plus(LIFETIME)));
        return token;
    }

    /** The owner's upload under this token, removed as it is taken; empty when unknown, someone else's or expired. */
    @Transactional
    Optional<byte[]> take(String token, String organisation, String username) {
        if (token == null || token.length() != 36) {
            return Optional.empty();
        }
        List<byte[]> found = jdbc.query(
                "select csv from pending_import where token = ? and organisation_code = ?"
                        + " and username = ? and expires_at >= ?",
                (rs, n) -> rs.getBytes(1),
                token,
                organisation,
                username,
                Timestamp.from(clock.instant()));
        jdbc.update(
                "delete from pending_import where token = ? and organisation_code = ? and username = ?",
                token,
                organisation,
                username);
        return found.stream().findFirst();
    }
}
