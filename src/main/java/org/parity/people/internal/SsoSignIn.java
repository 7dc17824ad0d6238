package org.parity.people.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parity.audit.AuditLog;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.people.SingleSignOn;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a person signing in by OpenID Connect is in Parity. The ID token has been checked by then
 * (signature, issuer, audience, expiry, nonce). In order: the provider's account already linked
 * (issuer and subject); else an enabled account whose e-mail address equals a VERIFIED e-mail claim,
 * which is then linked; else a new pending account (no roles, no organisation) that an admin must
 * approve. A disabled account is refused. Roles mapped from the groups claim (by admins, per
 * organisation) are added for this sign-in to the roles of an approved account in that organisation.
 * Nothing about organisation or roles is ever read from an unverified claim.
 */
@Component
public class SsoSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSED = "access_denied";

    private final OidcUserService provider = new OidcUserService();
    private final AppUserRepository users;
    private final SsoIdentityRepository identities;
    private final SsoRoleMappingRepository mappings;
    private final LazyClientRegistrations registrations;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    SsoSignIn(
            AppUserRepository users,
            SsoIdentityRepository identities,
            SsoRoleMappingRepository mappings,
            LazyClientRegistrations registrations,
            PasswordEncoder encoder,
            AuditLog audit) {
        this.users = users;
        this.identities = identities;
        this.mappings = mappings;
        this.registrations = registrations;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        OidcIdToken token = oidc.getIdToken();
        String issuer = String.valueOf(token.getIssuer());
        String subject = token.getSubject();
        String email = verifiedEmail(oidc);

        Optional<AppUser> linked =
                identities.findByIssuerAndSubject(issuer, subject).flatMap(i -> users.findById(i.getUserId()));
        AppUser user;
        if (linked.isPresent()) {
            user = linked.get();
        } else {
            Optional<AppUser> byEmail = email == null ? Optional.empty() : users.findByEmail(email);
            if (byEmail.isPresent()) {
                user = byEmail.get();
                refuseIfDisabled(user, registrationId, subject);
                identities.save(new SsoIdentity(user.getId(), issuer, subject));
                audit.record(AuditLog.Entry.of(
                                user.getUsername(),
                                user.getOrganisationCode(),
                                "USER",
                                user.getUsername(),
                                "SSO_LINKED")
                        .detail("verified e-mail of " + registrationId + " subject " + subject));
            } else {
                user = provision(registrationId, issuer, subject, email, oidc);
            }
        }
        refuseIfDisabled(user, registrationId, subject);
        Caller caller = user.toCaller();
        if (!user.isPending() && user.getOrganisationCode() != null) {
            Set<Role> mapped = mappedRoles(registrationId, user.getOrganisationCode(), token);
            if (!caller.roles().containsAll(mapped)) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                roles.addAll(caller.roles());
                roles.addAll(mapped);
                caller = new Caller(
                        caller.username(), caller.displayName(), roles, caller.organisationCode(), caller.systemCode());
                audit.record(AuditLog.Entry.of(
                                user.getUsername(),
                                user.getOrganisationCode(),
                                "USER",
                                user.getUsername(),
                                "SSO_ROLES_MAPPED")
                        .detail("from the groups claim of " + registrationId + ": " + new TreeSet<>(mapped)));
            }
        }
        return new ParityOidcUser(caller, user.isPending(), token, oidc.getUserInfo());
    }

    private AppUser provision(String registrationId, String issuer, String subject, String email, OidcUser oidc) {
        String username = email != null && !users.existsByUsername(email) ? email : uniqueName(registrationId, subject);
        String name = oidc.getFullName() != null && !oidc.getFullName().isBlank()
                ? oidc.getFullName().strip()
                : username;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        // nobody knows this password: a pending person signs in only through their provider
        AppUser user = users.save(AppUser.pending(
                username, encoder.encode(Base64.getEncoder().encodeToString(secret)), truncate(name, 200), email));
        identities.save(new SsoIdentity(user.getId(), issuer, subject));
        audit.record(AuditLog.Entry.of(username, null, "USER", username, "SSO_PROVISIONED")
                .states(null, "PENDING")
                .detail("unknown to Parity: " + registrationId + " subject " + subject
                        + (email == null ? " (no verified e-mail)" : "")));
        return user;
    }

    private String uniqueName(String registrationId, String subject) {
        String base = truncate((registrationId + "-" + subject).toLowerCase(Locale.ROOT), 110);
        String candidate = base;
        for (int n = 2; users.existsByUsername(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private void refuseIfDisabled(AppUser user, String registrationId, String subject) {
        if (!user.isEnabled()) {
            audit.recordAlone(AuditLog.Entry.of(
                            user.getUsername(), user.getOrganisationCode(), "LOGIN", user.getUsername(), "SSO_REFUSED")
                    .detail("account disabled; " + registrationId + " subject " + subject));
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED, "This account is disabled", null));
        }
    }

    private Set<Role> mappedRoles(String registrationId, String organisation, OidcIdToken token) {
        SsoProperties.Provider p = registrations.provider(registrationId);
        if (p == null || p.getGroupsClaim() == null) {
            return Set.of();
        }
        // only the signed ID token's claim counts, never the userinfo answer
        List<String> values = claimValues(token.getClaims().get(p.getGroupsClaim()));
        if (values.isEmpty()) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        mappings.findByProviderAndClaimValueIn(registrationId, values).stream()
                .filter(m -> m.getOrganisationCode().equals(organisation))
                .map(SsoRoleMappingEntity::getRole)
                .filter(SingleSignOn.MAPPABLE::contains)
                .forEach(roles::add);
        return roles;
    }

    private static List<String> claimValues(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream()
                    .filter(v -> v instanceof String)
                    .map(String.class::cast)
                    .toList();
        }
        if (claim instanceof String value) {
            return List.of(value);
        }
        return List.of();
    }

    /** The e-mail claim in lower case when the provider says it verified it; otherwise null. */
    static String verifiedEmail(OidcUser oidc) {
        Object verified = oidc.getClaims().get("email_verified");
        String email = oidc.getEmail();
        boolean isVerified = Boolean.TRUE.equals(verified) || "true".equals(verified);
        if (!isVerified || email == null || email.isBlank() || email.length() > 254) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
