package org.parity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Camunda's Cockpit keeps its own sign-in in the HTTP session, which lives in the shared database: an admin
 * signed in to Parity signs in to the Cockpit (which replaces the session), stays signed in to Parity, and the
 * stored session, brought by its cookie alone (as to another node), still opens the Cockpit's API. Real HTTP.
 */
@ParityTest
class CockpitSessionTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @BeforeEach
    void thisContextsEngine() {
        // Camunda's webapps find engines in a JVM-wide registry by name (see EngineBackDoorTest)
        ProcessEngines.registerProcessEngine(engine);
    }

    /** A browser: its own cookie jar, no redirects followed. */
    private final class Browser {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String xsrf;

        HttpResponse<String> get(String path) throws Exception {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, text/html");
            return remember(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json, text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"))));
            if (xsrf != null) {
                request.header("X-XSRF-TOKEN", xsrf);
            }
            return remember(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        }

        private HttpResponse<String> remember(HttpResponse<String> response) {
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> xsrf = token);
            return response;
        }

        void signIn(String username) throws Exception {
            HttpResponse<String> login = get("/login");
            Matcher csrf = CSRF.matcher(login.body());
            assertThat(csrf.find()).as("the login form has a CSRF field").isTrue();
            HttpResponse<String> signedIn =
                    post("/login", Map.of("username", username, "password", "parity-demo", "_csrf", csrf.group(1)));
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("SESSION"))
                    .map(HttpCookie::getValue)
                    .map(v -> new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8))
                    .findFirst()
                    .orElse(null);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void anAdminSignsInToTheCockpitStaysSignedInToParityAndTheStoredSessionServesAnyNode() throws Exception {
        Browser browser = new Browser();
        browser.signIn("admin");
        String parityOnly = browser.sessionId();

        HttpResponse<String> cockpit = browser.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(browser.xsrf).as("the Cockpit hands out its CSRF token").isNotNull();
        HttpResponse<String> notYet = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(notYet.statusCode()).as("not yet signed in to the Cockpit").isEqualTo(404);

        HttpResponse<String> login = browser.post(
                "/camunda/api/admin/auth/user/default/login/cockpit",
                Map.of("username", "admin", "password", "parity-demo"));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String both = browser.sessionId();
        assertThat(both).as("the Cockpit's sign-in replaced the session").isNotEqualTo(parityOnly);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where session_id = ?", Integer.class, parityOnly))
                .isZero();

        HttpResponse<String> me = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"admin\"");
        assertThat(browser.get("/admin/users").statusCode())
                .as("still signed in to Parity")
                .isEqualTo(200);

        // the stored session holds both sign-ins and reads back whole
        Session stored = sessions.findById(both);
        assertThat(stored.getAttributeNames()).contains("authenticatedUser", "SPRING_SECURITY_CONTEXT");
        assertThat((Object) stored.getAttribute("authenticatedUser")).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select principal_name from spring_session where session_id = ?", String.class, both))
                .isEqualTo("admin");

        // another client with nothing but the cookie, as a request landing on another node
        HttpResponse<String> elsewhere = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/process-definition/count"))
                                .header(
                                        "Cookie",
                                        "SESSION="
                                                + Base64.getEncoder()
                                                        .encodeToString(both.getBytes(StandardCharsets.UTF_8)))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(200);
        assertThat(elsewhere.body()).contains("\"count\"");
    }

    @Test
    void someoneWhoIsNotAnAdminNeverReachesTheCockpitsSignIn() throws Exception {
        Browser browser = new Browser();
        browser.signIn("edi@kmpt");
        HttpResponse<String> login = browser.post(
                "/camunda/api/admin/auth/user/default/login/cockpit",
                Map.of("username", "admin", "password", "parity-demo"));
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session_attributes a join spring_session s"
                                + " on s.primary_id = a.session_primary_id"
                                + " where s.principal_name = 'edi@kmpt' and a.attribute_name = 'authenticatedUser'",
                        Integer.class))
                .isZero();
    }
}
