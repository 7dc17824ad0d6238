package org.parity.plan.web;

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
 * Plan files waiting for confirmation, in the database (as the figure import keeps its uploads): one per
 * person and organisation (a new upload replaces the last), taken once, gone after {@link #LIFETIME}.
 */
@Component
class PendingPlanImports {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PendingPlanImports(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A file kept for its owner to confirm. */
    record Pending(String fileName, byte[] csv) {}

    /** Keeps the file (as CSV) for its owner; answers the token the preview page posts back. */
    @Transactional
    String keep(String organisation, String username, String fileName, byte[] csv) {
        Instant now = clock.instant();
        jdbc.update("delete from pending_plan_import where expires_at < ?", Timestamp.from(now));
        jdbc.update(
                "delete from pending_plan_import where username = ? and organisation_code = ?", username, organisation);
        String token = UUID.randomUUID().toString();
        String name = fileName == null ? null : fileName.replaceAll("\\p{Cntrl}", "");
        jdbc.update(
                "insert into pending_plan_import"
                        + " (token, organisation_code, username, file_name, csv, created_at, expires_at)"
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

    /** The owner's file under this token, removed as it is taken; empty when unknown, someone else's or expired. */
    @Transactional
    Optional<Pending> take(String token, String organisation, String username) {
        if (token == null || token.length() != 36) {
            return Optional.empty();
        }
        List<Pending> found = jdbc.query(
                "select file_name, csv from pending_plan_import where token = ? and organisation_code = ?"
                        + " and username = ? and expires_at >= ?",
                (rs, n) -> new Pending(rs.getString(1), rs.getBytes(2)),
                token,
                organisation,
                username,
                Timestamp.from(clock.instant()));
        jdbc.update(
                "delete from pending_plan_import where token = ? and organisation_code = ? and username = ?",
                token,
                organisation,
                username);
        return found.stream().findFirst();
    }
}
