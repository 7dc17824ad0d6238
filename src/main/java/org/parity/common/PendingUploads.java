package org.parity.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uploads waiting for their owner to confirm a preview, in the database: one per person and organisation
 * (a new upload replaces the last), taken once, gone after {@link #LIFETIME}. Any node can confirm what
 * another previewed; nothing large lives in the session. Each import keeps its own table of the same
 * shape (token, organisation_code, username, file_name, csv, created_at, expires_at), so that a plan
 * upload and a figures upload never replace each other; callers make the calls transactional.
 */
public final class PendingUploads {

    public static final Duration LIFETIME = Duration.ofMinutes(30);

    /** An upload kept for its owner: its file name as uploaded (control characters removed) and its CSV. */
    public record Pending(String fileName, byte[] csv) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String table;

    /** {@code table}: a constant of the caller's, never input. */
    public PendingUploads(JdbcTemplate jdbc, Clock clock, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
    }

    /** Keeps the upload for its owner, replacing their last one; answers the token the preview posts back. */
    public String keep(String organisation, String username, String fileName, byte[] csv) {
        Instant now = clock.instant();
        jdbc.update("delete from " + table + " where expires_at < ?", Timestamp.from(now));
        jdbc.update("delete from " + table + " where username = ? and organisation_code = ?", username, organisation);
        String token = UUID.randomUUID().toString();
        String name = fileName == null ? null : fileName.replaceAll("\\p{Cntrl}", "");
        jdbc.update(
                "insert into " + table + " (token, organisation_code, username, file_name, csv, created_at, expires_at)"
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
    public Optional<Pending> take(String token, String organisation, String username) {
        if (token == null || token.length() != 36) {
            return Optional.empty();
        }
        List<Pending> found = jdbc.query(
                "select file_name, csv from " + table + " where token = ? and organisation_code = ?"
                        + " and username = ? and expires_at >= ?",
                (rs, n) -> new Pending(rs.getString(1), rs.getBytes(2)),
                token,
                organisation,
                username,
                Timestamp.from(clock.instant()));
        jdbc.update(
                "delete from " + table + " where token = ? and organisation_code = ? and username = ?",
                token,
                organisation,
                username);
        return found.stream().findFirst();
    }
}
