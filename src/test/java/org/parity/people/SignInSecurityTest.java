package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sign-in, lockout, throttling, session rotation, logout, disabling, headers. Each test uses users of its own. */
@ParityTest
class SignInSecurityTest {

    static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    private AppUser user(String username) {
        return users.findByUsername(username)
                .orElseGet(() -> users.save(new AppUser(
                        username,
                        encoder.encode(PASSWORD),
                        "Test " + username,
                        "kmpt",
                        null,
                        EnumSet.of(Role.LEAD),
                        false)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(
            String user, String password) {
        return post("/login")
                .param("username", user)
                .param("password", password)
                .with(csrf());
    }

    private int audited(String actor, String event) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where actor = ? and event_type = ?", Integer.class, actor, event);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneAndEachFailureIsAudited() throws Exception {
        user("lockme@kmpt");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/organisations")
                            .with(httpBasic("lockme@kmpt", "wrong password " + i))
                            .with(from("10.0.0.5")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/organisations")
                        .with(httpBasic("lockme@kmpt", PASSWORD))
                        .with(from("10.0.0.5")))
                .andExpect(status().isUnauthorized());
        assertThat(users.findByUsername("lockme@kmpt").orElseThrow().getLockedUntil())
                .isNotNull();
        assertThat(audited("lockme@kmpt", "LOGIN_FAILED")).isEqualTo(6);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws Exception {
        user("known@kmpt");
        String unknown = mvc.perform(signIn("nobody@kmpt", "whatever it is").with(from("10.0.0.6")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String wrong = mvc.perform(signIn("known@kmpt", "whatever it is").with(from("10.0.0.6")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(unknown).isEqualTo(wrong).isEqualTo("/login?error");
    }

    @Test
    void anAddressThatFailsTooOftenIsThrottledBeforeItsPasswordIsChecked() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/organisations")
                    .with(httpBasic("nobody-" + i, "wrong"))
                    .with(from("10.0.0.99")));
        }
        mvc.perform(get("/api/organisations")
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(from("10.0.0.99")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/organisations")
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(from("10.0.0.100")))
                .andExpect(status().isOk());
    }

    @Test
    void signingInRotatesTheSessionIdAndIsAudited() throws Exception {
        user("rotate@kmpt");
        MvcSession browser = new MvcSession();
        browser.keep(mvc.perform(get("/login").with(browser)).andReturn());
        String idBefore = browser.id();
        assertThat(idBefore)
                .as("the login page made a session (for its CSRF token)")
                .isNotNull();
        browser.keep(mvc.perform(signIn("rotate@kmpt", PASSWORD).with(browser))
                .andExpect(redirectedUrl("/"))
                .andReturn());
        assertThat(browser.id()).isNotNull().isNotEqualTo(idBefore);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where session_id = ?", Integer.class, idBefore))
                .as("the old id is gone from the shared table")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select principal_name from spring_session where session_id = ?", String.class, browser.id()))
                .isEqualTo("rotate@kmpt");
        assertThat(audited("rotate@kmpt", "LOGIN_SUCCEEDED")).isEqualTo(1);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        user("leave@kmpt");
        MvcSession session = MvcSession.signedIn(mvc, "leave@kmpt", PASSWORD);
        String id = session.id();
        mvc.perform(get("/").with(session)).andExpect(status().isOk());
        session.keep(mvc.perform(
                        post("/logout").with(session).with(csrf()).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login?logout"))
                .andReturn());
        assertThat(session.present()).as("the cookie is cleared").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void disablingAUserEndsTheirSessionAtOnce() throws Exception {
        AppUser target = user("disable-me@kmpt");
        MvcSession session = MvcSession.signedIn(mvc, "disable-me@kmpt", PASSWORD);
        mvc.perform(get("/").with(session)).andExpect(status().isOk());

        administration.disable(
                target.getId(),
                users.findByUsername("disable-me@kmpt").orElseThrow().getVersion(),
                users.findByUsername("admin").orElseThrow().toCaller());

        mvc.perform(get("/").with(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login?expired"));
        mvc.perform(get("/api/organisations").with(httpBasic("disable-me@kmpt", PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefusedAndAudited() throws Exception {
        int before =
                jdbc.queryForObject("select count(*) from audit_event where event_type = 'REFUSED'", Integer.class);
        MvcSession session = MvcSession.signedIn(mvc, "admin", "parity-demo");
        mvc.perform(get("/admin/users").with(session)).andExpect(status().isOk());
        long users0 = users.count();
        mvc.perform(post("/admin/users/new")
                        .with(session)
                        .param("username", "sneaky@kmpt")
                        .param("displayName", "Sneaky")
                        .param("organisationCode", "kmpt")
                        .param("roles", "EDI")
                        .param("password", "a perfectly fine passphrase"))
                .andExpect(status().isForbidden());
        assertThat(users.count()).isEqualTo(users0);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'REFUSED'", Integer.class))
                .isGreaterThan(before);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    }

    @Test
    void theEngineAndAdminPagesAreForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/users").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/process-definition").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(httpBasic("admin", "parity-demo"))).andExpect(status().isOk());
    }

    @Test
    void anAdminCannotCreateAUserWithACommonPasswordAndNothingIsStored() throws Exception {
        long before = users.count();
        mvc.perform(post("/admin/users/new")
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf())
                        .param("username", "weak@kmpt")
                        .param("displayName", "Weak")
                        .param("organisationCode", "kmpt")
                        .param("roles", "LEAD")
                        .param("password", "password1234"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("on a list of common passwords")));
        assertThat(users.count()).isEqualTo(before);
        mvc.perform(post("/admin/users/new")
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf())
                        .param("username", "strong@kmpt")
                        .param("displayName", "Strong")
                        .param("organisationCode", "kmpt")
                        .param("roles", "LEAD")
                        .param("roles", "SPONSOR")
                        .param("password", "violet tractor under 9 moons"))
                .andExpect(redirectedUrl("/admin/users"));
        AppUser created = users.findByUsername("strong@kmpt").orElseThrow();
        assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.LEAD, Role.SPONSOR);
        assertThat(created.getPasswordHash()).startsWith("{bcrypt}");
    }
}
