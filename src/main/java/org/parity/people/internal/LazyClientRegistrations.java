package org.parity.people.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The configured OpenID providers as Spring Security's client registrations, each built on first use:
 * its issuer's discovery document is read then (and kept), so Parity starts while a provider is down
 * and a provider that could not be reached is tried again at the next sign-in.
 */
public class LazyClientRegistrations implements ClientRegistrationRepository {

    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";
    private static final Logger log = LoggerFactory.getLogger(LazyClientRegistrations.class);

    private final Map<String, SsoProperties.Provider> providers;
    private final ConcurrentMap<String, ClientRegistration> built = new ConcurrentHashMap<>();

    public LazyClientRegistrations(SsoProperties properties) {
        this.providers = new LinkedHashMap<>(properties.getProviders());
        providers.forEach((id, p) -> {
            if (p.getIssuerUri() == null || p.getClientId() == null) {
                throw new IllegalStateException(
                        "parity.sso.providers." + id + " needs issuer-uri and client-id (and usually client-secret)");
            }
        });
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        SsoProperties.Provider provider = providers.get(registrationId);
        if (provider == null) {
            return null;
        }
        ClientRegistration registration = built.get(registrationId);
        if (registration != null) {
            return registration;
        }
        try {
            registration = build(registrationId, provider);
        } catch (RuntimeException e) {
            log.warn(
                    "OpenID provider {} could not be reached at {}: {}",
                    registrationId,
                    provider.getIssuerUri(),
                    e.toString());
            return null;
        }
        ClientRegistration first = built.putIfAbsent(registrationId, registration);
        return first != null ? first : registration;
    }

    /** The providers' ids and display names, in the order configured. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        providers.forEach((id, p) -> names.put(id, p.getName() == null ? id : p.getName()));
        return names;
    }

    public boolean isEmpty() {
        return providers.isEmpty();
    }

    SsoProperties.Provider provider(String registrationId) {
        return providers.get(registrationId);
    }

    /** The scheme, host and port of each issuer: where a browser goes to sign in and out. */
    public java.util.List<String> issuerOrigins() {
        return providers.values().stream()
                .map(p -> URI.create(p.getIssuerUri()))
                .map(u -> u.getScheme() + "://" + u.getRawAuthority())
                .distinct()
                .toList();
    }

    private static ClientRegistration build(String id, SsoProperties.Provider p) {
        ClientRegistration.Builder builder;
        if (p.explicitEndpoints()) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            if (p.getEndSessionUri() != null) {
                metadata.put("end_session_endpoint", p.getEndSessionUri());
            }
            builder = ClientRegistration.withRegistrationId(id)
                    .authorizationUri(p.getAuthorizationUri())
                    .tokenUri(p.getTokenUri())
                    .jwkSetUri(p.getJwkSetUri())
                    .userInfoUri(p.getUserInfoUri())
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .issuerUri(p.getIssuerUri())
                    .providerConfigurationMetadata(metadata);
        } else {
            builder = ClientRegistrations.fromIssuerLocation(p.getIssuerUri()).registrationId(id);
        }
        return builder.clientId(p.getClientId())
                .clientSecret(p.getClientSecret())
                .clientAuthenticationMethod(
                        p.getClientSecret() == null
                                ? ClientAuthenticationMethod.NONE
                                : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI)
                .scope(p.getScopes())
                .clientName(p.getName() == null ? id : p.getName())
                .build();
    }
}
