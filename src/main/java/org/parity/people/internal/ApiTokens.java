package org.parity.people.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.parity.audit.AuditLog;
import org.parity.audit.AuditLog.Entry;
import org.parity.common.NotFoundException;
import org.parity.people.Caller;
import org.parity.people.validation.TokenLifetime;
import org.parity.people.validation.TokenName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Personal API tokens: a person makes a named token that expires, sees its secret once, and may revoke
 * it; admins may list and revoke anyone's. A call with the token acts as its owner with the owner's
 * current roles and organisation, and stops working the moment the token is revoked or expires or the
 * owner is disabled (each call reads the database, so every node agrees at once). Checking a token is
 * one SHA-256 and one indexed read: far under a millisecond, where HTTP Basic costs a bcrypt.
 */
@Service
@Validated
public class ApiTokens {

    static final String PREFIX = "pty_";
    /** A token's last use is written at most this often, so reading with it does not write each time. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final AppUserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcTemplate jdbc, AppUserRepository users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as its owner or an admin sees it: never the secret. */
    public record TokenView(
            @Schema(example = "7") Long id,

            @Schema(description = "The token's owner", example = "edi@kmpt")
            String username,

            @Schema(example = "Power BI") String name,
            Instant created,
            Instant expires,

            @Schema(description = "The last call made with it; null when never used")
            Instant lastUsed,

            @Schema(description = "When it was revoked; null while it lives")
            Instant revoked) {}

    /**
     * A new token: the secret is in here and nowhere else, ever. Serializable: the page that shows it once gets
     * it as a flash attribute, which rides in the session (in the database) until that next page is shown.
     */
    public record NewToken(
            @Schema(example = "7") Long id,
            @Schema(example = "Power BI") String name,

            @Schema(
                    description = "The secret: send it as 'Authorization: Bearer' followed by it. Shown"
                            + " this once; Parity keeps only its SHA-256",
                    example = "pty_Q2hhbmdlIG1lOiB0aGlzIGlzIG5vdCBhIHJlYWwgdG9rZW4")
            String token,

            Instant expires)
            implements java.io.Serializable {}

    /** Makes a token; a name or lifetime outside the rules throws ConstraintViolationException, making nothing. */
    @Transactional
    public NewToken create(Caller owner, @TokenName String name, @TokenLifetime Integer expiresInDays) {
        String trimmed = name.strip();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(expiresInDays));
        jdbc.update(
                "insert into api_token (username, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)",
                owner.username(),
                trimmed,
                hash(token),
                Timestamp.from(now),
                Timestamp.from(expires));
        Long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, hash(token));
        audit.record(Entry.of(owner.username(), owner.organisationCode(), "API_TOKEN", id, "API_TOKEN_CREATED")
                .detail(trimmed + ", expires " + expires));
        return new NewToken(id, trimmed, token, expires);
    }

    /** The caller's own tokens, newest first (revoked ones included, marked). */
    @Transactional(readOnly = true)
    public List<TokenView> mine(Caller caller) {
        return jdbc.query(
                "select * from api_token where username = ? order by created_at desc, id desc",
                VIEW,
                caller.username());
    }

    /** Admins: everyone's tokens, or one person's. */
    @Transactional(readOnly = true)
    public List<TokenView> all(String username) {
        return username == null || username.isBlank()
                ? jdbc.query(
                        "select * from api_token order by created_at desc, id desc fetch first 1000 rows only", VIEW)
                : jdbc.query(
                        "select * from api_token where username = ? order by created_at desc, id desc",
                        VIEW,
                        username.strip());
    }

    /** Revokes at once: the owner, or an admin. Anyone else is told it does not exist. */
    @Transactional
    public void revoke(Caller caller, Long id) {
        TokenView token = jdbc.query("select * from api_token where id = ?", VIEW, id).stream()
                .findFirst()
                .filter(t -> t.username().equals(caller.username()) || caller.isAdmin())
                .orElseThrow(() -> new NotFoundException("token " + id));
        if (token.revoked() == null) {
            jdbc.update(
                    "update api_token set revoked_at = ?, revoked_by = ? where id = ?",
                    Timestamp.from(clock.instant()),
                    caller.username(),
                    id);
            audit.record(Entry.of(caller.username(), caller.organisationCode(), "API_TOKEN", id, "API_TOKEN_REVOKED")
                    .detail(token.name() + " of " + token.username()));
        }
    }

    /**
     * The owner a presented token acts for, or empty (unknown, revoked, expired, owner disabled or
     * locked). A refusal of a token that exists is audited against it.
     */
    @Transactional
    Optional<ParityUserDetails> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        List<Object[]> rows = jdbc.query(
                "select id, username, expires_at, last_used_at, revoked_at from api_token" + " where token_hash = ?",
                (rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    instant(rs.getObject(3, OffsetDateTime.class)),
                    instant(rs.getObject(4, OffsetDateTime.class)),
                    instant(rs.getObject(5, OffsetDateTime.class))
                },
                hash(presented));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Long id = (Long) row[0];
        String username = (String) row[1];
        Instant now = clock.instant();
        Optional<AppUser> owner = users.findByUsername(username);
        String refusal = row[4] != null
                ? "revoked"
                : ((Instant) row[2]).isBefore(now)
                        ? "expired"
                        : owner.isEmpty() || !owner.get().isEnabled()
                                ? "owner disabled"
                                : owner.get().getLockedUntil() != null
                                                && owner.get().getLockedUntil().isAfter(now)
                                        ? "owner locked"
                                        : null;
        if (refusal != null) {
            audit.record(Entry.of(
                            username,
                            owner.map(AppUser::getOrganisationCode).orElse(null),
                            "API_TOKEN",
                            id,
                            "API_TOKEN_REFUSED")
                    .detail(refusal));
            return Optional.empty();
        }
        Instant lastUsed = (Instant) row[3];
        if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USED_GRANULARITY))) {
            jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(now), id);
        }
        AppUser user = owner.get();
        return Optional.of(new ParityUserDetails(user.toCaller(), "", true, false));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static final RowMapper<TokenView> VIEW = (rs, n) -> new TokenView(
            rs.getLong("id"),
            rs.getString("username"),
            rs.getString("name"),
            instant(rs.getObject("created_at", OffsetDateTime.class)),
            instant(rs.getObject("expires_at", OffsetDateTime.class)),
            instant(rs.getObject("last_used_at", OffsetDateTime.class)),
            instant(rs.getObject("revoked_at", OffsetDateTime.class)));
}
