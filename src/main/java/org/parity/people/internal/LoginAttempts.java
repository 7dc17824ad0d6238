package org.parity.people.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.parity.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in successes and failures, for the form and HTTP Basic alike: each is audited; repeated
 * failures lock the account for a while (kept in the database, so every node sees it); and each
 * client address has a budget of failed attempts per minute (bucket4j), after which it is refused
 * with 429 before its password is even checked.
 */
@Component
public class LoginAttempts {

    private final AppUserRepository users;
    private final AuditLog audit;
    private final int maxFailures;
    private final Duration lockFor;
    private final int failuresPerMinutePerAddress;
    private final ConcurrentMap<String, Bucket> addresses = new ConcurrentHashMap<>();

    LoginAttempts(
            AppUserRepository users,
            AuditLog audit,
            @Value("${parity.login.max-failures:5}") int maxFailures,
            @Value("${parity.login.lock-minutes:15}") int lockMinutes,
            @Value("${parity.login.failures-per-minute-per-address:20}") int failuresPerMinutePerAddress) {
        this.users = users;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
        this.failuresPerMinutePerAddress = failuresPerMinutePerAddress;
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken) {
            return; // single sign-on failures are counted and audited by SsoFailures
        }
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String address = address(event.getAuthentication().getDetails());
        bucket(address).tryConsume(1);
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

    /** A failed sign-in that named no Parity account (single sign-on): it uses up the address's budget. */
    public void countFailure(String address) {
        bucket(address == null ? "unknown" : address).tryConsume(1);
    }

    /** True when this address has used up its budget of failed attempts for now. */
    public boolean throttled(String address) {
        return bucket(address).getAvailableTokens() <= 0;
    }

    private Bucket bucket(String address) {
        return addresses.computeIfAbsent(
                address,
                a -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(failuresPerMinutePerAddress)
                                .refillIntervally(failuresPerMinutePerAddress, Duration.ofMinutes(1))
                                .build())
                        .build());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
