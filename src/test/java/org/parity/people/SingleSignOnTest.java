package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.parity.people.internal.ParityOidcUser;
import org.parity.people.internal.SharedSessions;
import org.parity.people.internal.SsoIdentityRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import testidp.TestOpenIdProvider;
import testidp.TestOpenIdProvider.Person;

/**
 * Single sign-on end to end against a real OpenID provider (Spring Authorization Server, started here
 * at the loopback address the test profile configures): the browser's redirects, the provider's login
 * form, the authorization code with PKCE, the back-channel token exchange and the signed ID token are
 * all real. Each test uses people of its own.
 */
@ParityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnTest {

    static final String PROVIDER_PASSWORD = "provider password";

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    SsoIdentityRepository identities;

    @Autowired
    UserAdministration administration;

    @Autowired
    SingleSignOn sso;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SharedSessions shared;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    TestOpenIdProvider provider;

    final Caller admin = new Caller("admin", "Admin", EnumSet.of(Role.ADMIN), null, null);

    @BeforeAll
    void startProvider() {
        provider = TestOpenIdProvider.start(
                parity(),
                List.of(
                        person("alice", "alice.lead@kmpt.nhs.uk", true, List.of()),
                        person("bob", "bob.unknown@example.nhs.uk", true, List.of()),
                        person("carol", "carol.disabled@kmpt.nhs.uk", true, List.of()),
                        person("dave", "dave.claims@kmpt.nhs.uk", false, List.of()),
                        person("erin", "erin.edi@kmpt.nhs.uk", true, List.of("kmpt-edi-team", "ekhuft-edi-team")),
                        person("frank", "frank.lead@kmpt.nhs.uk", true, List.of("some-other-group")),
                        person("grace", "grace.lead@kmpt.nhs.uk", true, List.of()),
                        person("heidi", "heidi.lead@kmpt.nhs.uk", true, List.of()),
                        person("ivan", "ivan.lead@kmpt.nhs.uk", true, List.of()),
                        person("judy", "judy.lead@kmpt.nhs.uk", true, List.of()),
                        person("kim", "kim.lead@kmpt.nhs.uk", true, List.of()),
                        person("liam", "liam.lead@kmpt.nhs.uk", true, List.of())));
    }

    @AfterAll
    void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    private static Person person(String username, String email, boolean verified, List<String> groups) {
        return new Person(username, PROVIDER_PASSWORD, "Person " + username, email, verified, groups);
    }

    private String parity() {
        return "http://localhost:" + port;
    }

    private AppUser account(String username, String email, Role role) {
        AppUser user = new AppUser(
                username,
                encoder.encode("an unguessable local password"),
                "Test " + username,
                "kmpt",
                null,
                EnumSet.of(role),
                false);
        user.changeEmail(email);
        return users.save(user);
    }

    /** Starts single sign-on at Parity, signs in at the provider's own login form, and follows every redirect. */
    private HttpBrowser.Page signIn(HttpBrowser browser, String registration, String username) {
        HttpBrowser.Page login = browser.get(parity() + "/oauth2/authorization/" + registration);
        assertThat(login.uri().toString()).startsWith(TestOpenIdProvider.ISSUER + "/login");
        URI authorize = login.hops().stream()
                .filter(u -> u.getPath().equals("/oauth2/authorize"))
                .findFirst()
                .orElseThrow();
        // the authorization request carries PKCE (S256), a state and a nonce
        assertThat(authorize.getQuery()).contains("code_challenge=", "code_challenge_method=S256", "state=", "nonce=");
        return browser.post(
                TestOpenIdProvider.ISSUER + "/login",
                Map.of("username", username, "password", PROVIDER_PASSWORD, "_csrf", login.csrf()));
    }

    private int audited(String actor, String event) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where actor = ? and event_type = ?", Integer.class, actor, event);
    }

    private int auditedWithDetail(String event, String detail) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where event_type = ? and detail like ?",
                Integer.class,
                event,
                "%" + detail + "%");
    }

    @Test
    void theLoginPageOffersEachProviderBesideThePasswordForm() {
        HttpBrowser.Page login = new HttpBrowser().get(parity() + "/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body())
                .contains("Sign in with Test identity provider", "/oauth2/authorization/testidp")
                .contains("Sign in with Misconfigured provider")
                .contains("name=\"password\"");
    }

    @Test
    void theCodeFlowSignsInThePersonWithThatVerifiedEmailAndLaterByTheirSubjectAlone() {
        AppUser alice = account("alice-sso@kmpt", "alice.lead@kmpt.nhs.uk", Role.LEAD);
        HttpBrowser browser = new HttpBrowser();

        HttpBrowser.Page home = signIn(browser, "testidp", "alice");

        assertThat(home.uri().toString()).isEqualTo(parity() + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("alice-sso@kmpt");
        assertThat(home.hops()).anyMatch(u -> u.getPath().equals("/login/oauth2/code/testidp"));
        assertThat(identities.findByUserId(alice.getId())).singleElement().satisfies(i -> {
            assertThat(i.getIssuer()).isEqualTo(TestOpenIdProvider.ISSUER);
            assertThat(i.getSubject()).isEqualTo("alice");
        });
        assertThat(audited("alice-sso@kmpt", "SSO_LINKED")).isEqualTo(1);
        assertThat(auditedWithDetail("LOGIN_SUCCEEDED", "by single sign-on with testidp"))
                .isPositive();
        // a live page needs the LEAD role: the session holds the account's roles
        assertThat(browser.get(parity() + "/my/actions").status()).isEqualTo(200);

        // the e-mail address is taken off the account: the link by issuer and subject still finds her
        AppUser stored = users.findByUsername("alice-sso@kmpt").orElseThrow();
        stored.changeEmail(null);
        users.save(stored);
        HttpBrowser.Page again = signIn(new HttpBrowser(), "testidp", "alice");
        assertThat(again.uri().toString()).isEqualTo(parity() + "/");
        assertThat(again.body()).contains("alice-sso@kmpt");
        assertThat(audited("alice-sso@kmpt", "SSO_LINKED")).isEqualTo(1);
    }

    @Test
    void anIdTokenFromAnotherIssuerThanConfiguredIsRefused() {
        account("ivan-sso@kmpt", "ivan.lead@kmpt.nhs.uk", Role.LEAD);
        HttpBrowser browser = new HttpBrowser();

        HttpBrowser.Page page = signIn(browser, "rogue", "ivan");

        assertThat(page.path()).isEqualTo("/login?ssoError");
        assertThat(page.body()).contains("Single sign-on did not succeed");
        assertThat(browser.get(parity() + "/").path()).isEqualTo("/login");
        assertThat(auditedWithDetail("SSO_REFUSED", "invalid_id_token")).isPositive();
        assertThat(identities.findByUserId(
                        users.findByUsername("ivan-sso@kmpt").orElseThrow().getId()))
                .isEmpty();
    }

    @Test
    void aReplayedCodeAndStateAreRefusedInAnotherSession() {
        account("grace-sso@kmpt", "grace.lead@kmpt.nhs.uk", Role.LEAD);
        HttpBrowser browser = new HttpBrowser();
        browser.stopBefore(u -> u.getPath().equals("/login/oauth2/code/testidp"));
        HttpBrowser.Page callback = signIn(browser, "testidp", "grace");
        assertThat(callback.uri().getQuery()).contains("code=", "state=");

        // the rightful browser completes the sign-in once
        browser.stopBefore(u -> false);
        assertThat(browser.get(callback.uri().toString()).uri().toString()).isEqualTo(parity() + "/");

        // the same code and state from another browser: no authorization request of theirs to match
        HttpBrowser thief = new HttpBrowser();
        HttpBrowser.Page replayed = thief.get(callback.uri().toString());
        assertThat(replayed.path()).isEqualTo("/login?ssoError");
        assertThat(thief.get(parity() + "/").path()).isEqualTo("/login");
        assertThat(auditedWithDetail("SSO_REFUSED", "authorization_request_not_found"))
                .isPositive();
    }

    @Test
    void aStateWhoseSessionEndedOrThatWasAlteredIsRefused() {
        account("heidi-sso@kmpt", "heidi.lead@kmpt.nhs.uk", Role.LEAD);
        HttpBrowser browser = new HttpBrowser();
        browser.stopBefore(u -> u.getPath().equals("/login/oauth2/code/testidp"));
        HttpBrowser.Page callback = signIn(browser, "testidp", "heidi");
        browser.stopBefore(u -> false);

        // an altered state does not match the one Parity sent
        String altered = callback.uri().toString().replaceFirst("state=([^&]+)", "state=$1x");
        assertThat(browser.get(altered).path()).isEqualTo("/login?ssoError");

        // the Parity session that started the sign-in has ended: its state went with it
        browser.forget("localhost");
        assertThat(browser.get(callback.uri().toString()).path()).isEqualTo("/login?ssoError");
        assertThat(browser.get(parity() + "/").path()).isEqualTo("/login");
        assertThat(identities.findByUserId(
                        users.findByUsername("heidi-sso@kmpt").orElseThrow().getId()))
                .isEmpty();
    }

    @Test
    void anUnknownPersonIsCreatedPendingCanUseNothingAndAnAdminApprovesThem() {
        HttpBrowser browser = new HttpBrowser();

        HttpBrowser.Page page = signIn(browser, "testidp", "bob");

        assertThat(page.path()).isEqualTo("/pending");
        assertThat(page.body()).contains("Your account waits for approval", "An administrator must approve");
        AppUser bob = users.findByUsername("bob.unknown@example.nhs.uk").orElseThrow();
        assertThat(bob.isPending()).isTrue();
        assertThat(bob.getRoles()).isEmpty();
        assertThat(bob.getOrganisationCode()).isNull();
        assertThat(bob.getDisplayName()).isEqualTo("Person bob");
        assertThat(audited("bob.unknown@example.nhs.uk", "SSO_PROVISIONED")).isEqualTo(1);

        for (String path :
                List.of("/", "/actions", "/indicators", "/organisations/kmpt/report", "/admin/users", "/my/actions")) {
            assertThat(browser.get(parity() + path).path()).as(path).isEqualTo("/pending");
        }
        HttpBrowser.Page api = browser.get(parity() + "/api/organisations");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.body()).doesNotContain("kmpt");

        // an admin chooses organisation and roles: approved, audited, and the next sign-in may use Parity
        UserAccount pending = administration.get(bob.getId());
        AccountForm form = new AccountForm();
        form.show(pending);
        form.setOrganisationCode("kmpt");
        form.setRoles(EnumSet.of(Role.LEAD));
        administration.update(bob.getId(), pending.version(), form, admin);
        assertThat(administration.get(bob.getId()).pending()).isFalse();
        assertThat(audited("admin", "USER_APPROVED")).isPositive();
        // the pending session ends with the approval: the roles come with the next sign-in
        assertThat(browser.get(parity() + "/pending").path()).startsWith("/login");

        HttpBrowser later = new HttpBrowser();
        HttpBrowser.Page home = signIn(later, "testidp", "bob");
        assertThat(home.uri().toString()).isEqualTo(parity() + "/");
        assertThat(later.get(parity() + "/my/actions").status()).isEqualTo(200);
        assertThat(users.findAll().stream().filter(u -> u.getUsername().contains("bob")))
                .hasSize(1);
    }

    @Test
    void anUnverifiedEmailNeitherMatchesAnAccountNorIsKept() {
        // a lead, not EDI: the shared context keeps the account, and the EDI team of kmpt is who reporting-cycle mails
        // go to
        AppUser dave = account("dave-sso@kmpt", "dave.claims@kmpt.nhs.uk", Role.LEAD);
        HttpBrowser browser = new HttpBrowser();

        HttpBrowser.Page page = signIn(browser, "testidp", "dave");

        assertThat(page.path()).isEqualTo("/pending");
        assertThat(identities.findByUserId(dave.getId())).isEmpty();
        AppUser created = users.findByUsername("testidp-dave").orElseThrow();
        assertThat(created.isPending()).isTrue();
        assertThat(created.getEmail()).isNull();
        assertThat(created.getRoles()).isEmpty();
        assertThat(browser.get(parity() + "/organisations/kmpt/dashboard").path())
                .isEqualTo("/pending");
    }

    @Test
    void aDisabledPersonIsRefused() {
        AppUser carol = account("carol-sso@kmpt", "carol.disabled@kmpt.nhs.uk", Role.LEAD);
        administration.disable(carol.getId(), carol.getVersion(), admin);
        HttpBrowser browser = new HttpBrowser();

        HttpBrowser.Page page = signIn(browser, "testidp", "carol");

        assertThat(page.path()).isEqualTo("/login?ssoError");
        assertThat(browser.get(parity() + "/").path()).isEqualTo("/login");
        assertThat(audited("carol-sso@kmpt", "SSO_REFUSED")).isEqualTo(1);
        assertThat(audited("carol-sso@kmpt", "LOGIN_SUCCEEDED")).isZero();
        assertThat(identities.findByUserId(carol.getId())).isEmpty();
    }

    @Test
    void disablingSomeoneSignedInBySingleSignOnEndsTheirSessionAtOnce() {
        AppUser kim = account("kim-sso@kmpt", "kim.lead@kmpt.nhs.uk", Role.LEAD);
        HttpBrowser browser = new HttpBrowser();
        assertThat(signIn(browser, "testidp", "kim").uri().toString()).isEqualTo(parity() + "/");

        AppUser stored = users.findById(kim.getId()).orElseThrow();
        administration.disable(stored.getId(), stored.getVersion(), admin);

        assertThat(browser.get(parity() + "/my/actions").path()).startsWith("/login");
        // and signing in again is refused
        assertThat(signIn(new HttpBrowser(), "testidp", "kim").path()).isEqualTo("/login?ssoError");
    }

    @Test
    void aSingleSignOnSessionIsStoredInTheDatabaseAndEndsWithThePersonsPasswordSessionOnEveryNode() throws Exception {
        AppUser liam = account("liam-sso@kmpt", "liam.lead@kmpt.nhs.uk", Role.LEAD);
        HttpBrowser browser = new HttpBrowser();
        assertThat(signIn(browser, "testidp", "liam").uri().toString()).isEqualTo(parity() + "/");
        String ssoSession = new String(
                java.util.Base64.getDecoder().decode(browser.cookie("localhost", "SESSION")),
                java.nio.charset.StandardCharsets.UTF_8);

        // read back from the shared table in a fresh load: the OpenID user, their Caller, the provider's tokens
        Session stored = sessions.findById(ssoSession);
        SecurityContext context = stored.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(ParityOidcUser.class, user -> {
            assertThat(user.caller().username()).isEqualTo("liam-sso@kmpt");
            assertThat(user.getIdToken().getSubject()).isEqualTo("liam");
        });
        assertThat(stored.getAttributeNames())
                .as("the authorised client is kept with the session, not in one node's memory")
                .contains(HttpSessionOAuth2AuthorizedClientRepository.class.getName() + ".AUTHORIZED_CLIENTS");
        Object clients = stored.getAttribute(
                HttpSessionOAuth2AuthorizedClientRepository.class.getName() + ".AUTHORIZED_CLIENTS");
        assertThat(clients).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select principal_name from spring_session where session_id = ?", String.class, ssoSession))
                .isEqualTo("liam-sso@kmpt");

        // the same person also signed in with the account's password elsewhere
        MvcSession password = MvcSession.signedIn(mvc, "liam-sso@kmpt", "an unguessable local password");
        assertThat(shared.of("liam-sso@kmpt")).containsExactlyInAnyOrder(ssoSession, password.id());

        AppUser current = users.findById(liam.getId()).orElseThrow();
        administration.disable(current.getId(), current.getVersion(), admin);

        assertThat(shared.of("liam-sso@kmpt")).isEmpty();
        assertThat(browser.get(parity() + "/my/actions").path()).isEqualTo("/login?expired");
        mvc.perform(get("/my/actions").with(password)).andExpect(redirectedUrlPattern("**/login?expired"));
    }

    @Test
    void aMappedGroupGivesItsRoleInThePersonsOwnOrganisationForTheSession() {
        sso.add(mapping("kmpt-edi-team", "kmpt", Role.EDI), admin);
        sso.add(mapping("ekhuft-edi-team", "ekhuft", Role.EDI), admin);
        AppUser erin = account("erin-sso@kmpt", "erin.edi@kmpt.nhs.uk", Role.LEAD);
        account("frank-sso@kmpt", "frank.lead@kmpt.nhs.uk", Role.LEAD);

        HttpBrowser withGroup = new HttpBrowser();
        signIn(withGroup, "testidp", "erin");
        HttpBrowser withoutGroup = new HttpBrowser();
        signIn(withoutGroup, "testidp", "frank");

        // the EDI dashboard of kmpt is for the EDI team of kmpt
        assertThat(withGroup.get(parity() + "/organisations/kmpt/dashboard").status())
                .isEqualTo(200);
        assertThat(withoutGroup.get(parity() + "/organisations/kmpt/dashboard").status())
                .isEqualTo(403);
        // the ekhuft group gives nothing to someone of kmpt: ekhuft stays out of sight (404, as for any reader)
        assertThat(withGroup.get(parity() + "/organisations/ekhuft/dashboard").status())
                .isEqualTo(404);
        // the mapping applies to the session; the account's own roles are the admin's
        assertThat(users.findById(erin.getId()).orElseThrow().getRoles()).containsExactly(Role.LEAD);
        assertThat(audited("erin-sso@kmpt", "SSO_ROLES_MAPPED")).isEqualTo(1);
        assertThat(audited("frank-sso@kmpt", "SSO_ROLES_MAPPED")).isZero();
    }

    @Test
    void signingOutEndsTheParitySessionAndTheProviders() {
        account("judy-sso@kmpt", "judy.lead@kmpt.nhs.uk", Role.LEAD);
        HttpBrowser browser = new HttpBrowser();
        HttpBrowser.Page home = signIn(browser, "testidp", "judy");
        assertThat(home.uri().toString()).isEqualTo(parity() + "/");

        HttpBrowser.Page out = browser.post(parity() + "/logout", Map.of("_csrf", home.csrf()));

        assertThat(out.hops()).anyMatch(u -> u.toString().startsWith(TestOpenIdProvider.ISSUER + "/connect/logout"));
        assertThat(out.path()).isEqualTo("/login?logout");
        assertThat(browser.get(parity() + "/").path()).isEqualTo("/login");
        // the provider's session ended too: signing in again asks for the password there
        HttpBrowser.Page again = browser.get(parity() + "/oauth2/authorization/testidp");
        assertThat(again.uri().toString()).startsWith(TestOpenIdProvider.ISSUER + "/login");
    }

    private static RoleMappingForm mapping(String group, String organisation, Role role) {
        RoleMappingForm form = new RoleMappingForm();
        form.setProvider("testidp");
        form.setClaimValue(group);
        form.setOrganisationCode(organisation);
        form.setRole(role);
        return form;
    }
}
