package org.parity.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.parity.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in successes and failures, for the form and HTTP Basic alike: each is audited; repeated
 * failures lock the account for a while; and each client address has a budget of failed attempts per
 * minute, after which it is refused with 429 before its password is even checked. Both live in the
 * database (the account's row; the table login_throttle), so every node counts the same failures. The
 * address is the client's real one: behind a trusted proxy Tomcat takes it from X-Forwarded-For
 * (parity.proxy.trusted), from anyone else the header is ignored.
 */
@Component
public class LoginAttempts {

    private final AppUserRepository users;
    private final AuditLog audit;
    private final int maxFailures;
    private final Duration lockFor;
    private final int failuresPerMinutePerAddress;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** How long one address's count of failures lasts. */
    static final Duration WINDOW = Duration.ofMinutes(1);

    /** The longest address kept (an IPv6 address with a zone fits); longer values are cut. */
    static final int ADDRESS_LENGTH = 64;

    LoginAttempts(
            AppUserRepository users,
            AuditLog audit,
            @Value("${parity.login.max-failures:5}") int maxFailures,
            @Value("${parity.login.lock-minutes:15}") int lockMinutes,
            @Value("${parity.login.failures-per-minute-per-address:20}") int failuresPerMinutePerAddress,
            JdbcTemplate jdbc,
            Clock clock) {
        this.users = users;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
        this.failuresPerMinutePerAddress = failuresPerMinutePerAddress;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken) {
            return; // single sign-on failures are counted and audited by SsoFailures
        }
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String address = address(event.getAuthentication().getDetails());
        countFailure(address);
        users.findByUsername(username).ifPresent(user -> {
            user.recordFailedLogin(maxFailures, Instant.now().plus(lockFor));
            users.save(user);
        });
        audit.recordAlone(AuditLog.Entry.of(username, null, "LOGIN", username, "LOGIN_FAILED")
                .detail("from " + address + ": "
                        + event.getException().getClass().getSimpleName()));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            if (user.getFailedAttempts() > 0 || user.getLockedUntil() != null) {
                user.recordSuccessfulLogin();
                users.save(user);
            }
        });
    }

    /** Form sign-ins are audited; HTTP Basic authenticates every API call and is not. */
    @EventListener
    public void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String how = event.getAuthentication() instanceof OAuth2AuthenticationToken sso
                ? "by single sign-on with " + sso.getAuthorizedClientRegistrationId() + " "
                : "";
        audit.recordAlone(AuditLog.Entry.of(username, null, "LOGIN", username, "LOGIN_SUCCEEDED")
                .detail(how + "from " + address(event.getAuthentication().getDetails())));
    }

    /**
     * A failed sign-in from this address: one more in its current window, or the first of a new window when
     * the last one has passed. Rows of windows that have passed are deleted. Committed on its own, so a
     * failure counts even when the sign-in's own work rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countFailure(String address) {
        String key = key(address);
        Instant now = clock.instant();
        Timestamp nowAt = Timestamp.from(now);
        Timestamp windowOpenedAfter = Timestamp.from(now.minus(WINDOW));
        // one statement per row, so concurrent failures on several nodes are all counted
        String bump = "update login_throttle set"
                + " failures = case when window_start > ? then failures + 1 else 1 end,"
                + " window_start = case when window_start > ? then window_start else ? end"
                + " where address = ?";
        if (jdbc.update(bump, windowOpenedAfter, windowOpenedAfter, nowAt, key) == 0) {
            try {
                jdbc.update(
                        "insert into login_throttle (address, window_start, failures) values (?, ?, 1)", key, nowAt);
            } catch (DuplicateKeyException another) {
                // another node inserted the first failure of this address at the same moment
                jdbc.update(bump, windowOpenedAfter, windowOpenedAfter, nowAt, key);
            }
        }
        jdbc.update("delete from login_throttle where window_start <= ?", windowOpenedAfter);
    }

    /** True when this address has used up its budget of failed attempts in its current window, on any node. */
    public boolean throttled(String address) {
        Integer failures = jdbc.query(
                "select failures from login_throttle where address = ? and window_start > ?",
                rs -> rs.next() ? rs.getInt(1) : null,
                key(address),
                Timestamp.from(clock.instant().minus(WINDOW)));
        return failures != null && failures >= failuresPerMinutePerAddress;
    }

    private static String key(String address) {
        String key = address == null || address.isBlank() ? "unknown" : address.strip();
        return key.length() > ADDRESS_LENGTH ? key.substring(0, ADDRESS_LENGTH) : key;
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
