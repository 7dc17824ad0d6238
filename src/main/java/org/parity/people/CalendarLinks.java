package org.parity.people;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parity.audit.AuditLog;
import org.parity.audit.AuditLog.Entry;
import org.parity.people.internal.ApiTokens;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's private calendar subscription address, for calendar programs that cannot sign in (Outlook,
 * Google Calendar): the address itself is the credential. Its secret is 256 random bits, shown to its
 * owner when made and never again (only its SHA-256 is kept, as for API tokens). Making a new one
 * replaces the old, which stops at once. The address answers only while its owner is enabled, and only
 * with its owner's own work; an unknown secret is simply not found.
 */
@Service
public class CalendarLinks {

    /** Where a subscription address lives; the secret follows, then {@code .ics}. */
    public static final String PATH_PREFIX = "/calendar/";

    static final String SUBJECT = "CALENDAR_LINK";

    /** 32 bytes in unpadded base64url: 43 characters of letters, digits, '-' and '_'. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcTemplate jdbc;
    private final AppUserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarLinks(JdbcTemplate jdbc, AppUserRepository users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The path of the subscription address of this secret (no scheme or host). */
    public static String path(String secret) {
        return PATH_PREFIX + secret + ".ics";
    }

    /**
     * Makes the caller a new subscription address, replacing any they had (which stops answering at
     * once), and answers its secret: the only time it is ever seen. Audited.
     */
    @Transactional
    public String reset(Caller owner) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = ApiTokens.hash(secret);
        Timestamp now = Timestamp.from(clock.instant());
        boolean replaced = replace(owner.username(), hash, now);
        if (!replaced) {
            try {
                jdbc.update(
                        "insert into calendar_link (username, secret_hash, created_at) values (?, ?, ?)",
                        owner.username(),
                        hash,
                        now);
            } catch (DuplicateKeyException raced) {
                // made by another request of the same person a moment ago: this one replaces it
                replaced = replace(owner.username(), hash, now);
            }
        }
        audit.record(Entry.of(
                owner.username(),
                owner.organisationCode(),
                SUBJECT,
                owner.username(),
                replaced ? "CALENDAR_LINK_RESET" : "CALENDAR_LINK_CREATED"));
        return secret;
    }

    private boolean replace(String username, String hash, Timestamp now) {
        return jdbc.update(
                        "update calendar_link set secret_hash = ?, created_at = ? where username = ?",
                        hash,
                        now,
                        username)
                > 0;
    }

    /** When the caller's current address was made, or empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<Instant> madeAt(Caller owner) {
        return jdbc
                .query(
                        "select created_at from calendar_link where username = ?",
                        (rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant(),
                        owner.username())
                .stream()
                .findFirst();
    }

    /**
     * The person a presented secret belongs to, as they are now (roles and organisation), or empty when
     * the secret is malformed, unknown or replaced, or its owner is disabled or gone.
     */
    @Transactional(readOnly = true)
    public Optional<Caller> owner(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        List<String> owners = jdbc.queryForList(
                "select username from calendar_link where secret_hash = ?", String.class, ApiTokens.hash(secret));
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        return users.findByUsername(owners.get(0)).filter(AppUser::isEnabled).map(AppUser::toCaller);
    }
}
