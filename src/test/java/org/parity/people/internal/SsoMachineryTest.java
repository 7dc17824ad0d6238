package org.parity.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.parity.audit.AuditLog;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The parts of single sign-on that need no provider: lazy discovery (an unreachable provider is not
 * fatal and is tried again), configuration mistakes refused at start, the CSP's form targets, and the
 * refusal of password sign-in when passwords are switched off.
 */
class SsoMachineryTest {

    private static SsoProperties properties(String id, String issuer, String clientId) {
        SsoProperties properties = new SsoProperties();
        SsoProperties.Provider provider = new SsoProperties.Provider();
        provider.setName("Provider " + id);
        provider.setIssuerUri(issuer);
        provider.setClientId(clientId);
        provider.setClientSecret("secret");
        properties.getProviders().put(id, provider);
        return properties;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aProviderThatCannotBeReachedIsNoRegistrationYetAndIsTriedAgainLater() throws IOException {
        LazyClientRegistrations registrations =
                new LazyClientRegistrations(properties("down", "http://127.0.0.1:" + freePort() + "/issuer", "parity"));

        assertThat(registrations.findByRegistrationId("down")).isNull();
        assertThat(registrations.findByRegistrationId("down")).isNull();
        assertThat(registrations.findByRegistrationId("unknown")).isNull();
        assertThat(registrations.names()).containsEntry("down", "Provider down");
    }

    @Test
    void explicitEndpointsNeedNoDiscoveryAndCarryTheEndSessionEndpoint() {
        SsoProperties properties = properties("cis2", "https://idp.example.nhs.uk/realm", "parity");
        SsoProperties.Provider p = properties.getProviders().get("cis2");
        p.setAuthorizationUri("https://idp.example.nhs.uk/authorize");
        p.setTokenUri("https://idp.example.nhs.uk/token");
        p.setJwkSetUri("https://idp.example.nhs.uk/jwks");
        p.setEndSessionUri("https://idp.example.nhs.uk/logout");

        var registration = new LazyClientRegistrations(properties).findByRegistrationId("cis2");

        assertThat(registration).isNotNull();
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo("https://idp.example.nhs.uk/realm");
        assertThat(registration.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", "https://idp.example.nhs.uk/logout");
        assertThat(registration.getScopes()).contains("openid", "email");
        assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
    }

    @Test
    void startingASignInWithAnUnreachableProviderReturnsToTheLoginPageAndAnUnknownOneIsNotFound() throws Exception {
        SsoProperties properties = properties("down", "http://127.0.0.1:" + freePort() + "/issuer", "parity");
        SsoProperties.Provider up = new SsoProperties.Provider();
        up.setIssuerUri("https://idp.example.nhs.uk");
        up.setClientId("parity");
        up.setAuthorizationUri("https://idp.example.nhs.uk/authorize");
        up.setTokenUri("https://idp.example.nhs.uk/token");
        up.setJwkSetUri("https://idp.example.nhs.uk/jwks");
        properties.getProviders().put("up", up);
        AuditLog audit = Mockito.mock(AuditLog.class);
        ProviderAvailability filter = new ProviderAvailability(new LazyClientRegistrations(properties), audit);

        MockHttpServletResponse down = new MockHttpServletResponse();
        AtomicBoolean passedOn = new AtomicBoolean();
        filter.doFilter(
                new MockHttpServletRequest("GET", "/oauth2/authorization/down"), down, (q, r) -> passedOn.set(true));
        assertThat(down.getRedirectedUrl()).isEqualTo("/login?ssoUnavailable");
        assertThat(passedOn).isFalse();
        Mockito.verify(audit).recordAlone(Mockito.argThat(e -> e.eventType().equals("SSO_UNAVAILABLE")));

        MockHttpServletResponse unknown = new MockHttpServletResponse();
        filter.doFilter(
                new MockHttpServletRequest("GET", "/oauth2/authorization/nosuch"),
                unknown,
                (q, r) -> passedOn.set(true));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(passedOn).isFalse();

        filter.doFilter(
                new MockHttpServletRequest("GET", "/oauth2/authorization/up"),
                new MockHttpServletResponse(),
                (q, r) -> passedOn.set(true));
        assertThat(passedOn).isTrue();
    }

    @Test
    void aProviderWithoutIssuerOrClientIdStopsTheStart() {
        assertThatThrownBy(() -> new LazyClientRegistrations(properties("broken", null, "parity")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parity.sso.providers.broken");
        assertThatThrownBy(() -> new LazyClientRegistrations(properties("broken", "https://x.example", null)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void formsMayLeadToTheProvidersOriginsOnly() {
        LazyClientRegistrations none = new LazyClientRegistrations(new SsoProperties());
        assertThat(SecurityConfig.csp(none)).contains("form-action 'self';");
        LazyClientRegistrations one = new LazyClientRegistrations(
                properties("entra", "https://login.microsoftonline.com/tenant/v2.0", "parity"));
        assertThat(SecurityConfig.csp(one)).contains("form-action 'self' https://login.microsoftonline.com;");
    }

    @Test
    void withPasswordsOffAPostedPasswordIsRefusedAndAuditedAndNothingElseIsStopped() throws Exception {
        AuditLog audit = Mockito.mock(AuditLog.class);
        PasswordSignInOff filter = new PasswordSignInOff(audit);

        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login");
        post.addParameter("username", "edi@kmpt");
        post.addParameter("password", "parity-demo");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        AtomicBoolean passedOn = new AtomicBoolean();
        filter.doFilter(post, refused, (req, res) -> passedOn.set(true));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(passedOn).isFalse();
        ArgumentCaptor<AuditLog.Entry> entry = ArgumentCaptor.forClass(AuditLog.Entry.class);
        Mockito.verify(audit).recordAlone(entry.capture());
        assertThat(entry.getValue().eventType()).isEqualTo("LOGIN_REFUSED");
        assertThat(entry.getValue().actor()).isEqualTo("edi@kmpt");

        MockHttpServletResponse page = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/login"), page, (req, res) -> passedOn.set(true));
        assertThat(passedOn).isTrue();
        assertThat(page.getStatus()).isEqualTo(200);
        Mockito.verifyNoMoreInteractions(audit);
    }
}
