package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.parity.common.ConflictException;
import org.parity.people.internal.ApiTokens;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.parity.people.internal.ParityUserDetails;
import org.parity.people.internal.SharedSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * HTTP sessions live in the shared database (Spring Session JDBC), so what one node stores every node reads.
 * Proved inside one JVM: a session is written by a request and read back from the JDBC repository with a fresh
 * load (everything in it deserialises), a session made through MockMvc is used over real HTTP on the embedded
 * Tomcat, and ending a person's sessions deletes the shared rows. Each test uses people of its own.
 */
@ParityTest
class SharedSessionsTest {

    static final String PASSWORD = "correct horse battery staple";

    static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAdministration administration;

    @Autowired
    SharedSessions shared;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> repository;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    final Caller admin = new Caller("admin", "Admin", EnumSet.of(Role.ADMIN), null, null);

    private AppUser user(String username, Role role) {
        return users.findByUsername(username)
                .orElseGet(() -> users.save(new AppUser(
                        username,
                        encoder.encode(PASSWORD),
                        "Test " + username,
                        "kmpt",
                        null,
                        EnumSet.of(role),
                        false)));
    }

    private Session stored(MvcSession browser) {
        return repository.findById(browser.id());
    }

    private int rows(String sessionId) {
        return jdbc.queryForObject(
                "select count(*) from spring_session where session_id = ?", Integer.class, sessionId);
    }

    @Test
    void aPasswordSignInIsStoredInTheDatabaseAndReadsBackWholeInAFreshLoad() throws Exception {
        user("stored@kmpt", Role.LEAD);
        MvcSession browser = MvcSession.signedIn(mvc, "stored@kmpt", PASSWORD);

        assertThat(jdbc.queryForObject(
                        "select principal_name from spring_session where session_id = ?", String.class, browser.id()))
                .as("indexed by the Parity username")
                .isEqualTo("stored@kmpt");
        Session session = stored(browser);
        assertThat(session).as("found by any node through the repository").isNotNull();
        SecurityContext context =
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getPrincipal())
                .isInstanceOfSatisfying(ParityUserDetails.class, details -> {
                    assertThat(details.caller().username()).isEqualTo("stored@kmpt");
                    assertThat(details.caller().roles()).containsExactly(Role.LEAD);
                });
        assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));

        // a fresh request that brings only the cookie is that person
        mvc.perform(get("/my/actions").with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("stored@kmpt")));
    }

    @Test
    void aFlashMessageWithTheNewTokenRidesInTheStoredSessionToTheNextPage() throws Exception {
        user("flash@kmpt", Role.LEAD);
        MvcSession browser = MvcSession.signedIn(mvc, "flash@kmpt", PASSWORD);
        mvc.perform(get("/my/account").with(browser)).andExpect(status().isOk());

        mvc.perform(post("/my/account/tokens")
                        .with(browser)
                        .with(csrf())
                        .param("name", "Session test")
                        .param("expiresInDays", "7"))
                .andExpect(redirectedUrl("/my/account#tokens"));

        // between the two requests the flash attribute is in the database, and deserialises
        List<FlashMap> flashes = stored(browser).getAttribute(FLASH_MAPS);
        assertThat(flashes)
                .singleElement()
                .satisfies(flash -> assertThat(flash.get("newToken"))
                        .isInstanceOfSatisfying(
                                ApiTokens.NewToken.class,
                                token -> assertThat(token.name()).isEqualTo("Session test")));
        String secret = ((ApiTokens.NewToken) flashes.get(0).get("newToken")).token();

        mvc.perform(get("/my/account").with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(secret)));
        List<FlashMap> after = stored(browser).getAttribute(FLASH_MAPS);
        assertThat(after == null || after.isEmpty())
                .as("shown once, then gone from the stored session")
                .isTrue();
        mvc.perform(get("/my/account").with(browser))
                .andExpect(content().string(Matchers.not(Matchers.containsString(secret))));
    }

    @Test
    void aSessionMadeThroughOneEntryIsSignedInOverRealHttpOnTheServer() throws Exception {
        user("anywhere@kmpt", Role.LEAD);
        MvcSession browser = MvcSession.signedIn(mvc, "anywhere@kmpt", PASSWORD);
        String cookie = java.util.Base64.getEncoder()
                .encodeToString(browser.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/my/actions"))
                        .header("Cookie", MvcSession.COOKIE + "=" + cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("anywhere@kmpt");

        HttpResponse<String> stranger = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/my/actions"))
                        .header("Cookie", MvcSession.COOKIE + "=bm90LWEtc2Vzc2lvbg==")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
    }

    /** Two sessions of one person and one of a colleague; the change ends both of the person's and no other. */
    private void endsBothSessionsOfThatPersonOnly(String username, Consumer<AppUser> change) throws Exception {
        AppUser person = user(username, Role.LEAD);
        user("colleague-of-" + username, Role.LEAD);
        MvcSession laptop = MvcSession.signedIn(mvc, username, PASSWORD);
        MvcSession phone = MvcSession.signedIn(mvc, username, PASSWORD);
        MvcSession colleague = MvcSession.signedIn(mvc, "colleague-of-" + username, PASSWORD);
        assertThat(shared.of(username)).containsExactlyInAnyOrder(laptop.id(), phone.id());

        change.accept(users.findById(person.getId()).orElseThrow());

        assertThat(rows(laptop.id())).isZero();
        assertThat(rows(phone.id())).isZero();
        assertThat(shared.of(username)).isEmpty();
        for (MvcSession ended : List.of(laptop, phone)) {
            mvc.perform(get("/my/actions").with(ended)).andExpect(redirectedUrlPattern("**/login?expired"));
        }
        assertThat(rows(colleague.id())).isOne();
        mvc.perform(get("/my/actions").with(colleague)).andExpect(status().isOk());
    }

    private AccountForm form(AppUser user, String organisation, Role... roles) {
        AccountForm form = new AccountForm();
        form.setDisplayName(user.getDisplayName());
        form.setOrganisationCode(organisation);
        form.setRoles(EnumSet.copyOf(List.of(roles)));
        return form;
    }

    @Test
    void changingRolesEndsEverySessionOfThatPerson() throws Exception {
        endsBothSessionsOfThatPersonOnly(
                "roles-change@kmpt",
                user -> administration.update(
                        user.getId(), user.getVersion(), form(user, "kmpt", Role.LEAD, Role.SPONSOR), admin));
        assertThat(users.findByUsername("roles-change@kmpt").orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.LEAD, Role.SPONSOR);
    }

    @Test
    void changingOrganisationEndsEverySessionOfThatPerson() throws Exception {
        endsBothSessionsOfThatPersonOnly(
                "org-change@kmpt",
                user -> administration.update(user.getId(), user.getVersion(), form(user, "ekhuft", Role.LEAD), admin));
        assertThat(users.findByUsername("org-change@kmpt").orElseThrow().getOrganisationCode())
                .isEqualTo("ekhuft");
    }

    @Test
    void resettingThePasswordEndsEverySessionOfThatPerson() throws Exception {
        endsBothSessionsOfThatPersonOnly(
                "password-reset@kmpt",
                user -> administration.resetPassword(
                        user.getId(), user.getVersion(), "a brand new passphrase for you", admin));
    }

    @Test
    void disablingEndsEverySessionOfThatPerson() throws Exception {
        endsBothSessionsOfThatPersonOnly(
                "disabled-both@kmpt", user -> administration.disable(user.getId(), user.getVersion(), admin));
    }

    @Test
    void signingOutOfASessionThatHasEndedSaysSoAndALiveOneStillNeedsItsToken() throws Exception {
        user("sign-out-late@kmpt", Role.LEAD);
        MvcSession ended = MvcSession.signedIn(mvc, "sign-out-late@kmpt", PASSWORD);
        MvcSession live = MvcSession.signedIn(mvc, "sign-out-late@kmpt", PASSWORD);
        shared.endAll("sign-out-late@kmpt");
        // the page's token died with the session: the sign-out button still leads somewhere sensible
        mvc.perform(post("/logout").with(ended).param("_csrf", "the-token-of-the-ended-session"))
                .andExpect(redirectedUrl("/login?expired"));

        MvcSession again = MvcSession.signedIn(mvc, "sign-out-late@kmpt", PASSWORD);
        mvc.perform(post("/logout").with(again).param("_csrf", "not-this-sessions-token"))
                .andExpect(status().isForbidden());
        assertThat(rows(again.id()))
                .as("a forged sign-out of a live session is refused")
                .isOne();
        assertThat(rows(live.id())).as("ended with the other").isZero();
    }

    @Test
    void aChangeThatIsRefusedEndsNoSession() throws Exception {
        AppUser person = user("stale-change@kmpt", Role.LEAD);
        MvcSession browser = MvcSession.signedIn(mvc, "stale-change@kmpt", PASSWORD);
        assertThatThrownBy(() -> administration.update(
                        person.getId(), person.getVersion() + 7, form(person, "kmpt", Role.SPONSOR), admin))
                .isInstanceOf(ConflictException.class);
        assertThat(rows(browser.id())).isOne();
        mvc.perform(get("/my/actions").with(browser)).andExpect(status().isOk());
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeReadFromItsStoredCreationTime() throws Exception {
        user("absolute@kmpt", Role.LEAD);
        user("young@kmpt", Role.LEAD);
        MvcSession old = MvcSession.signedIn(mvc, "absolute@kmpt", PASSWORD);
        MvcSession young = MvcSession.signedIn(mvc, "young@kmpt", PASSWORD);
        long now = System.currentTimeMillis();
        // made 12 hours and a minute ago (on whichever node), active a moment ago
        jdbc.update(
                "update spring_session set creation_time = ? where session_id = ?",
                now - Duration.ofHours(12).plusMinutes(1).toMillis(),
                old.id());
        jdbc.update(
                "update spring_session set creation_time = ? where session_id = ?",
                now - Duration.ofHours(11).toMillis(),
                young.id());

        mvc.perform(get("/my/actions").with(old)).andExpect(redirectedUrl("/login?expired"));
        assertThat(rows(old.id())).as("the stored session is deleted").isZero();
        mvc.perform(get("/my/actions").with(young)).andExpect(status().isOk());
    }

    @Test
    void aSessionIdleLongerThanTheIdleTimeoutIsGoneOnEveryNode() throws Exception {
        user("idle@kmpt", Role.LEAD);
        user("busy@kmpt", Role.LEAD);
        MvcSession idle = MvcSession.signedIn(mvc, "idle@kmpt", PASSWORD);
        MvcSession busy = MvcSession.signedIn(mvc, "busy@kmpt", PASSWORD);
        long lastSeen = System.currentTimeMillis() - Duration.ofMinutes(31).toMillis();
        jdbc.update(
                "update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?",
                lastSeen,
                lastSeen + Duration.ofMinutes(30).toMillis(),
                idle.id());
        lastSeen = System.currentTimeMillis() - Duration.ofMinutes(29).toMillis();
        jdbc.update(
                "update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?",
                lastSeen,
                lastSeen + Duration.ofMinutes(30).toMillis(),
                busy.id());

        assertThat(repository.findById(idle.id())).isNull();
        mvc.perform(get("/my/actions").with(idle)).andExpect(redirectedUrlPattern("**/login?expired"));
        mvc.perform(get("/my/actions").with(busy)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select last_access_time from spring_session where session_id = ?", Long.class, busy.id()))
                .as("using a session moves its idle clock, in the shared row")
                .isGreaterThan(lastSeen);
    }
}
