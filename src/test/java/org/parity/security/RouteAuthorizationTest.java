package org.parity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route Spring MVC knows has an entry here, with the refusals it must give: anonymous callers,
 * callers of the wrong role, callers of another organisation, and (for state-changing routes) a
 * browser session without its CSRF token. A refused request changes nothing: the business tables'
 * row counts are compared before and after. A new route without an entry fails
 * {@link #everyRouteHasAnAuthorizationCase()}. Successes are tested route by route in each module's tests.
 */
@ParityTest
class RouteAuthorizationTest {

    /** One route, a concrete URL to call it with, and who must be refused with which status. */
    record Route(
            String method, String pattern, String url, String contentType, String body, Map<String, Integer> refusals) {

        boolean changesState() {
            return !"GET".equals(method);
        }

        /** The API and its OpenAPI document: a missing sign-in is a 401 problem, not the sign-in page. */
        boolean api() {
            return pattern.startsWith("/api/") || pattern.startsWith("/v3/api-docs");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static final String CSV = "text/csv";
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    /** Refusals: user → expected status. 404 where even existence must not leak, 403 where it may. */
    static final List<Route> ROUTES = new ArrayList<>();

    static {
        Map<String, Integer> otherOrg = Map.of("edi@kings", 404);
        get("/", "/", Map.of());
        get("/login", "/login", null);
        get("/pending", "/pending", Map.of());
        get("/admin/sso-mappings", "/admin/sso-mappings", Map.of("edi@kmpt", 403, "lead@kmpt", 403));
        get("/indicators", "/indicators", Map.of());
        get("/plans/{id}", "/plans/{kmptPlan}", otherOrg);
        get("/actions/{id}", "/actions/{kmptAction}", otherOrg);
        get("/organisations/{org}/indicators", "/organisations/kmpt/indicators", otherOrg);
        get("/organisations/{org}/indicators/{code}", "/organisations/kmpt/indicators/WRES2", otherOrg);
        get(
                "/organisations/{org}/indicators/{code}/trend.svg",
                "/organisations/kmpt/indicators/WRES2/trend.svg",
                otherOrg);
        get("/organisations/{org}/imports", "/organisations/kmpt/imports", Map.of("lead@kmpt", 403, "edi@kings", 404));
        get(
                "/organisations/{org}/plans/import",
                "/organisations/kmpt/plans/import",
                Map.of("lead@kmpt", 403, "sponsor@kmpt", 403, "edi@kings", 404));
        get(
                "/organisations/{org}/plans/import/template.csv",
                "/organisations/kmpt/plans/import/template.csv",
                Map.of("lead@kmpt", 403, "edi@kings", 404));
        get(
                "/organisations/{org}/plans/import/template.xlsx",
                "/organisations/kmpt/plans/import/template.xlsx",
                Map.of("lead@kmpt", 403, "edi@kings", 404));
        get("/admin/users", "/admin/users", Map.of("edi@kmpt", 403));
        get("/admin/users/new", "/admin/users/new", Map.of("edi@kmpt", 403));
        get("/admin/users/{id}", "/admin/users/{leadUser}", Map.of("sponsor@kmpt", 403));
        get("/api/organisations", "/api/organisations", Map.of());
        get("/api/indicators", "/api/indicators", Map.of());
        get("/api/organisations/{org}/measurements", "/api/organisations/kmpt/measurements", otherOrg);
        get("/api/organisations/{org}/plans", "/api/organisations/kmpt/plans", otherOrg);
        get("/api/plans/{id}", "/api/plans/{kmptPlan}", otherOrg);
        get("/api/actions", "/api/actions?org=kmpt", otherOrg);
        get("/api/actions/{id}", "/api/actions/{kmptAction}", otherOrg);
        get("/api/me/tasks", "/api/me/tasks", Map.of());
        get("/api/admin/outbox", "/api/admin/outbox", Map.of("edi@kmpt", 403));
        // personal API tokens: anyone signed in (board readers read issued reports only); someone else's token is not
        // found
        get("/api/me/tokens", "/api/me/tokens", Map.of("board@kmpt", 403));
        post(
                "/api/me/tokens",
                "/api/me/tokens",
                "application/json",
                "{\"name\":\"matrix\",\"expiresInDays\":30}",
                Map.of("board@kmpt", 403));
        ROUTES.add(new Route(
                "DELETE",
                "/api/me/tokens/{id}",
                "/api/me/tokens/{adminToken}",
                null,
                null,
                Map.of("board@kmpt", 403, "lead@kmpt", 404, "edi@ekhuft", 404)));
        get("/api/admin/tokens", "/api/admin/tokens", Map.of("edi@kmpt", 403, "lead@kmpt", 403));
        // the calendar feed and "Your account": anyone signed in but a board reader; the subscription address needs no
        // sign-in (its secret is the credential, CalendarFeedTest) and an unknown one is not found
        get("/api/me/calendar.ics", "/api/me/calendar.ics", Map.of("board@kmpt", 403));
        get("/calendar/{secret}.ics", "/calendar/unknown.ics", null);
        get("/my/account", "/my/account", Map.of("board@kmpt", 403));
        post("/my/account/calendar-link", "/my/account/calendar-link", FORM, "", Map.of("board@kmpt", 403));
        post(
                "/my/account/tokens",
                "/my/account/tokens",
                FORM,
                "name=matrix&expiresInDays=30",
                Map.of("board@kmpt", 403));
        post(
                "/my/account/tokens/{id}/revoke",
                "/my/account/tokens/{adminToken}/revoke",
                FORM,
                "",
                Map.of("board@kmpt", 403, "lead@kmpt", 404, "edi@ekhuft", 404));
        // the API's contract (springdoc): anyone signed in, board readers too; it holds no data
        get("/v3/api-docs", "/v3/api-docs", Map.of());
        get("/v3/api-docs.yaml", "/v3/api-docs.yaml", Map.of());
        get("/v3/api-docs/swagger-config", "/v3/api-docs/swagger-config", Map.of());
        get("/swagger-ui.html", "/swagger-ui.html", Map.of());
        // SQL statements per route (parity.diagnostics.sql-count, on in tests and the benchmark): admins only
        get("/api/admin/diagnostics/sql", "/api/admin/diagnostics/sql", Map.of("edi@kmpt", 403, "lead@kmpt", 403));
        ROUTES.add(new Route(
                "DELETE",
                "/api/admin/diagnostics/sql",
                "/api/admin/diagnostics/sql",
                null,
                null,
                Map.of("edi@kmpt", 403, "sponsor@kmpt", 403)));
        get(
                "/api/organisations/{org}/report",
                "/api/organisations/kmpt/report?standard=WRES",
                Map.of("board@kmpt", 403, "edi@kings", 404));
        // the board summary of the live report: as the live report (board readers read it in issued reports)
        get(
                "/api/organisations/{org}/report/summary",
                "/api/organisations/kmpt/report/summary?standard=WRES",
                Map.of("board@kmpt", 403, "edi@kings", 404));
        get(
                "/organisations/{org}/report/summary",
                "/organisations/kmpt/report/summary?standard=WRES",
                Map.of("board@kmpt", 403, "edi@kings", 404));
        get("/api/organisations/{org}/reports", "/api/organisations/kmpt/reports", otherOrg);
        get("/api/reports/{id}", "/api/reports/{kmptReport}", Map.of("edi@kings", 404, "ics@kent-medway", 200));
        get(
                "/api/systems/{code}/report",
                "/api/systems/kent-medway/report?standard=WRES",
                Map.of("edi@kmpt", 404, "board@kmpt", 403));
        get("/organisations/{org}/report", "/organisations/kmpt/report?standard=WRES", otherOrg);
        get("/systems/{code}/report", "/systems/kent-medway/report?standard=WRES", Map.of("edi@kmpt", 404));
        get(
                "/api/systems/{code}/reports",
                "/api/systems/kent-medway/reports",
                Map.of("edi@kmpt", 404, "lead@kmpt", 404, "board@kmpt", 403, "edi@kings", 404));
        get("/actions", "/actions?q=mentoring", Map.of());
        get("/milestones/{id}/edit", "/milestones/{kmptMilestone}/edit", Map.of("lead@kmpt", 403, "edi@kings", 404));
        post(
                "/milestones/{id}/edit",
                "/milestones/{kmptMilestone}/edit",
                FORM,
                "version=0&title=X&dueDay=1&dueMonth=1&dueYear=2028",
                Map.of("lead@kmpt", 403, "edi@kings", 404));
        post(
                "/milestones/{id}/delete",
                "/milestones/{kmptMilestone}/delete",
                FORM,
                "version=0",
                Map.of("lead@kmpt", 403, "sponsor@kmpt", 403, "edi@kings", 404));
        get(
                "/organisations/{org}/units",
                "/organisations/kmpt/units",
                Map.of("lead@kmpt", 403, "board@kmpt", 403, "edi@kings", 404));
        get(
                "/organisations/{org}/units/{unit}",
                "/organisations/ekhuft/units/william-harvey",
                Map.of("lead@ekhuft", 403, "ics@kent-medway", 403, "edi@kmpt", 404));
        get(
                "/api/organisations/{org}/units",
                "/api/organisations/kmpt/units",
                Map.of("board@kmpt", 403, "edi@kings", 404));
        post(
                "/organisations/{org}/units",
                "/organisations/kmpt/units",
                FORM,
                "code=matrix-unit&name=Matrix&kind=SITE",
                Map.of("lead@kmpt", 403, "sponsor@kmpt", 403, "board@kmpt", 403, "edi@kings", 404));
        post(
                "/organisations/{org}/units/{unit}",
                "/organisations/ekhuft/units/william-harvey",
                FORM,
                "name=Matrix",
                Map.of("lead@ekhuft", 403, "ics@kent-medway", 403, "edi@kmpt", 404));
        post(
                "/api/organisations/{org}/units",
                "/api/organisations/kmpt/units",
                JSON,
                "{\"code\":\"matrix-unit\",\"name\":\"Matrix\",\"kind\":\"SITE\"}",
                Map.of("lead@kmpt", 403, "sponsor@kmpt", 403, "ics@kent-medway", 403, "edi@kings", 404));
        put(
                "/api/organisations/{org}/units/{unit}",
                "/api/organisations/ekhuft/units/william-harvey",
                JSON,
                "{\"name\":\"Matrix\"}",
                Map.of("lead@ekhuft", 403, "ics@kent-medway", 403, "edi@kmpt", 404));
        get("/my/actions", "/my/actions", Map.of());
        get("/my/decisions", "/my/decisions", Map.of());
        get(
                "/organisations/{org}/dashboard",
                "/organisations/kmpt/dashboard",
                Map.of("lead@kmpt", 403, "edi@kings", 404));
        get("/tasks/{id}", "/tasks/{leadTask}", Map.of("sponsor@kmpt", 403, "edi@kings", 404));
        get("/actions/{id}/withdraw", "/actions/{kmptAction}/withdraw", Map.of("lead@kmpt", 403, "edi@kings", 404));

        // the plan editor: the organisation's EDI team and admins only
        Map<String, Integer> editors =
                Map.of("lead@kmpt", 403, "board@kmpt", 403, "ics@kent-medway", 403, "edi@kings", 404);
        Map<String, Integer> editorsPost = Map.of("lead@kmpt", 403, "sponsor@kmpt", 403, "edi@kings", 404);
        get("/organisations/{org}/plans/new", "/organisations/kmpt/plans/new", editors);
        get("/plans/{id}/edit", "/plans/{kmptPlan}/edit", editors);
        get("/plans/{id}/themes/new", "/plans/{kmptPlan}/themes/new", editors);
        get("/themes/{id}/edit", "/themes/{kmptTheme}/edit", editors);
        get("/plans/{id}/actions/new", "/plans/{kmptPlan}/actions/new", editors);
        get("/actions/{id}/edit", "/actions/{kmptAction}/edit", editors);
        get("/actions/{id}/milestones/new", "/actions/{kmptAction}/milestones/new", editors);
        post(
                "/organisations/{org}/plans/new",
                "/organisations/kmpt/plans/new",
                FORM,
                "title=Matrix+plan&standard=WRES&period=2025-27",
                editorsPost);
        post("/plans/{id}/edit", "/plans/{kmptPlan}/edit", FORM, "title=Matrix&period=2025&version=0", editorsPost);
        post("/plans/{id}/themes/new", "/plans/{kmptPlan}/themes/new", FORM, "title=Matrix", editorsPost);
        post("/themes/{id}/edit", "/themes/{kmptTheme}/edit", FORM, "title=Matrix&version=0", editorsPost);
        String action = "title=Matrix&lead=lead%40kmpt&sponsor=sponsor%40kmpt&timescale=2026&indicators=WRES2";
        post("/plans/{id}/actions/new", "/plans/{kmptPlan}/actions/new", FORM, action, editorsPost);
        post("/actions/{id}/edit", "/actions/{kmptAction}/edit", FORM, action + "&version=0", editorsPost);
        post(
                "/actions/{id}/milestones/new",
                "/actions/{kmptAction}/milestones/new",
                FORM,
                "title=Matrix&dueDay=1&dueMonth=1&dueYear=2027",
                editorsPost);

        String figure = "indicator,period,group,value,source\nWRES5,2050,BAME,12,STAFF_SURVEY\n";
        String pay = "sex,hourly_pay,bonus_pay\nF,10,0\nM,11,0\nF,12,0\nM,13,0\n";
        post(
                "/api/organisations/{org}/plans/import",
                "/api/organisations/kmpt/plans/import",
                CSV,
                "plan_title,standard,period,theme,action_title,rationale,lead,sponsor,timescale,success_measures,"
                        + "indicators,unit,milestones,hias\nMatrix plan,WRES,2046/47,T,A,,lead@kmpt,,,,,,,\n",
                Map.of("lead@kmpt", 403, "sponsor@kmpt", 403, "ics@kent-medway", 403, "edi@kings", 404));
        post(
                "/api/organisations/{org}/measurements",
                "/api/organisations/kmpt/measurements",
                CSV,
                figure,
                Map.of("lead@kmpt", 403, "sponsor@kmpt", 403, "edi@kings", 404));
        post(
                "/api/organisations/{org}/gender-pay/{period}",
                "/api/organisations/kmpt/gender-pay/2050",
                CSV,
                pay,
                Map.of("lead@kmpt", 403, "edi@kings", 404));
        post(
                "/api/organisations/{org}/gender-pay/{first}/{second}",
                "/api/organisations/kmpt/gender-pay/2050/51",
                CSV,
                pay,
                Map.of("lead@kmpt", 403, "edi@kings", 404));
        post(
                "/api/organisations/{org}/reporting-cycles",
                "/api/organisations/kmpt/reporting-cycles",
                JSON,
                "{\"standard\":\"WRES\",\"year\":2050}",
                Map.of("lead@kmpt", 403, "edi@kings", 404));
        post(
                "/api/actions/{id}/withdrawal",
                "/api/actions/{kmptAction}/withdrawal",
                JSON,
                "{\"reason\":\"test\"}",
                Map.of("lead@kmpt", 403, "sponsor@kmpt", 403, "edi@kings", 404));
        post(
                "/api/tasks/{id}",
                "/api/tasks/{leadTask}",
                JSON,
                "{\"rag\":\"GREEN\",\"percentComplete\":10,\"narrative\":\"x\",\"evidenceUrl\":null,\"proposeCompletion\":false}",
                Map.of("sponsor@kmpt", 403, "edi@kings", 404));
        post(
                "/tasks/{id}",
                "/tasks/{leadTask}",
                FORM,
                "rag=GREEN&percentComplete=10&narrative=x",
                Map.of("sponsor@kmpt", 403, "edi@kings", 404));
        post(
                "/actions/{id}/withdraw",
                "/actions/{kmptAction}/withdraw",
                FORM,
                "reason=test",
                Map.of("lead@kmpt", 403, "sponsor@kmpt", 403, "edi@kings", 404));
        post(
                "/api/organisations/{org}/reports",
                "/api/organisations/kmpt/reports",
                JSON,
                "{\"standard\":\"WRES\"}",
                Map.of("lead@kmpt", 403, "board@kmpt", 403, "ics@kent-medway", 403, "edi@kings", 404));
        post(
                "/api/systems/{code}/reports",
                "/api/systems/kent-medway/reports",
                JSON,
                "{\"standard\":\"WRES\"}",
                Map.of("edi@kmpt", 404, "lead@kmpt", 404, "sponsor@kmpt", 404, "board@kmpt", 403, "edi@kings", 404));
        post(
                "/systems/{code}/reports",
                "/systems/kent-medway/reports",
                FORM,
                "standard=WRES",
                Map.of("edi@kmpt", 404, "lead@kmpt", 404, "board@kmpt", 403, "edi@kings", 404));
        post(
                "/organisations/{org}/reports",
                "/organisations/kmpt/reports",
                FORM,
                "standard=WRES",
                Map.of("lead@kmpt", 403, "board@kmpt", 403, "edi@kings", 404));
        post(
                "/organisations/{org}/imports",
                "/organisations/kmpt/imports",
                FORM,
                "",
                Map.of("lead@kmpt", 403, "edi@kings", 404));
        post(
                "/organisations/{org}/plans/import",
                "/organisations/kmpt/plans/import",
                FORM,
                "",
                Map.of("lead@kmpt", 403, "sponsor@kmpt", 403, "edi@kings", 404));
        post(
                "/organisations/{org}/plans/import/confirm",
                "/organisations/kmpt/plans/import/confirm?token=x",
                FORM,
                "",
                Map.of("lead@kmpt", 403, "edi@kings", 404));
        post(
                "/organisations/{org}/imports/confirm",
                "/organisations/kmpt/imports/confirm?token=x",
                FORM,
                "",
                Map.of("lead@kmpt", 403, "edi@kings", 404));
        String newUser = "username=matrix%40kmpt&displayName=Matrix&organisationCode=kmpt&roles=LEAD"
                + "&password=violet+tractor+under+9+moons";
        post("/admin/users/new", "/admin/users/new", FORM, newUser, Map.of("edi@kmpt", 403, "lead@kmpt", 403));
        post(
                "/admin/users/{id}",
                "/admin/users/{leadUser}",
                FORM,
                "displayName=X&roles=ADMIN&version=0",
                Map.of("edi@kmpt", 403));
        post(
                "/admin/users/{id}/disable",
                "/admin/users/{leadUser}/disable",
                FORM,
                "version=0",
                Map.of("edi@kmpt", 403));
        post(
                "/admin/sso-mappings",
                "/admin/sso-mappings",
                FORM,
                "provider=testidp&claimValue=matrix&organisationCode=kmpt&role=EDI",
                Map.of("edi@kmpt", 403, "sponsor@kmpt", 403));
        post("/admin/sso-mappings/{id}/remove", "/admin/sso-mappings/1/remove", FORM, "", Map.of("edi@kmpt", 403));
        post("/admin/users/{id}/enable", "/admin/users/{leadUser}/enable", FORM, "version=0", Map.of("edi@kmpt", 403));
        post(
                "/admin/users/{id}/password",
                "/admin/users/{leadUser}/password",
                FORM,
                "password=violet+tractor+under+9+moons&version=0",
                Map.of("edi@kmpt", 403));
    }

    static void get(String pattern, String url, Map<String, Integer> refusals) {
        ROUTES.add(new Route("GET", pattern, url, null, null, refusals));
    }

    static void post(String pattern, String url, String type, String body, Map<String, Integer> refusals) {
        ROUTES.add(new Route("POST", pattern, url, type, body, refusals));
    }

    static void put(String pattern, String url, String type, String body, Map<String, Integer> refusals) {
        ROUTES.add(new Route("PUT", pattern, url, type, body, refusals));
    }

    /** Business tables a refused request must leave unchanged (audit entries of the refusal aside). */
    static final List<String> TABLES = List.of(
            "organisation",
            "org_unit",
            "app_user",
            "app_user_role",
            "app_user_identity",
            "sso_role_mapping",
            "indicator",
            "measurement",
            "plan",
            "theme",
            "action",
            "action_indicator",
            "milestone",
            "progress_update",
            "review",
            "submission",
            "workflow_task",
            "mail_outbox",
            "issued_report",
            "api_token",
            "calendar_link",
            "pending_plan_import");

    @Autowired
    MockMvc mvc;

    @Autowired
    org.parity.report.ReportIssuing issuing;

    @Autowired
    org.parity.people.internal.AppUserRepository users;

    @Autowired
    org.parity.people.internal.ApiTokens tokens;

    /** One issued KMPT report to refuse others access to. */
    @org.junit.jupiter.api.BeforeEach
    void anIssuedReportExists() {
        if (jdbc.queryForObject("select count(*) from issued_report where organisation_code = 'kmpt'", Long.class)
                == 0) {
            issuing.issue(
                    users.findByUsername("edi@kmpt").orElseThrow().toCaller(),
                    new org.parity.report.ReportQuery("kmpt", "WRES", null, null, null));
        }
        if (jdbc.queryForObject(
                        "select count(*) from api_token where username = 'admin' and revoked_at is null", Long.class)
                == 0) {
            tokens.create(users.findByUsername("admin").orElseThrow().toCaller(), "matrix", 30);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyRouteHasAnAuthorizationCase() {
        Set<String> known = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue; // Spring Boot's error page
                }
                if (methods.isEmpty()) {
                    known.add("ANY " + pattern);
                }
                methods.forEach(m -> known.add(m.name() + " " + pattern));
            }
        }
        Set<String> covered = new TreeSet<>();
        ROUTES.forEach(r -> covered.add(r.toString()));
        assertThat(covered)
                .as("routes without an authorization case in %s", getClass().getSimpleName())
                .containsAll(known);
        assertThat(known).as("cases for routes that no longer exist").containsAll(covered);
    }

    static Stream<Route> routes() {
        return ROUTES.stream();
    }

    static Stream<Route> protectedRoutes() {
        return ROUTES.stream().filter(r -> r.refusals() != null);
    }

    static Stream<Route> stateChangingRoutes() {
        return ROUTES.stream().filter(Route::changesState);
    }

    @ParameterizedTest(name = "anonymous {0}")
    @MethodSource("protectedRoutes")
    void anonymousCallersAreRefused(Route route) throws Exception {
        Map<String, Long> before = counts();
        var response = mvc.perform(request(route)).andReturn().getResponse();
        if (route.api()) {
            assertThat(response.getStatus()).isEqualTo(401);
        } else if (route.changesState()) {
            assertThat(response.getStatus())
                    .as("a page POST without session or token")
                    .isIn(302, 403);
        } else {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
        assertThat(counts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "wrong role or organisation {0}")
    @MethodSource("protectedRoutes")
    void theWrongRoleAndTheWrongOrganisationAreRefused(Route route) throws Exception {
        for (Map.Entry<String, Integer> refusal : route.refusals().entrySet()) {
            Map<String, Long> before = counts();
            // with a valid CSRF token: what is tested here is the authorization decision itself
            int status = mvc.perform(request(route)
                            .with(httpBasic(refusal.getKey(), "parity-demo"))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("%s as %s", route, refusal.getKey()).isEqualTo(refusal.getValue());
            if (status < 400) {
                continue; // a listed success (a reader allowed where another is refused): nothing to compare
            }
            assertThat(counts())
                    .as("%s as %s changed nothing", route, refusal.getKey())
                    .isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "no CSRF token {0}")
    @MethodSource("stateChangingRoutes")
    void aBrowserSessionWithoutItsCsrfTokenIsRefused(Route route) throws Exception {
        MvcSession session = MvcSession.signedIn(mvc, "admin", "parity-demo");
        Map<String, Long> before = counts();
        int status = mvc.perform(request(route).with(session))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }

    static Stream<Route> statechangingPages() {
        return ROUTES.stream().filter(r -> r.changesState() && !r.api());
    }

    @ParameterizedTest(name = "Basic credentials instead of a CSRF token {0}")
    @MethodSource("statechangingPages")
    void basicCredentialsOnAPagePostAreNoSubstituteForTheCsrfToken(Route route) throws Exception {
        Map<String, Long> before = counts();
        int status = mvc.perform(request(route).with(httpBasic("admin", "parity-demo")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }

    /** What a board reader may open: issued reports (and the page and list that lead to them), and the API's contract. */
    static final Set<String> BOARD_READS = Set.of(
            "/",
            "/login",
            "/pending",
            "/organisations/{org}/report",
            "/api/organisations",
            "/api/organisations/{org}/reports",
            "/api/reports/{id}",
            "/v3/api-docs",
            "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config",
            "/swagger-ui.html");

    static Stream<Route> notForBoardReaders() {
        return ROUTES.stream().filter(r -> r.refusals() != null && !BOARD_READS.contains(r.pattern()));
    }

    @ParameterizedTest(name = "board reader {0}")
    @MethodSource("notForBoardReaders")
    void boardReadersReadIssuedReportsOnly(Route route) throws Exception {
        Map<String, Long> before = counts();
        int status = mvc.perform(request(route)
                        .with(httpBasic("board@kmpt", "parity-demo"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBoardReadersHomeIsTheirReportPage() throws Exception {
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/").with(httpBasic("board@kmpt", "parity-demo")))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/organisations/kmpt/report");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/organisations/kmpt/report")
                                .with(httpBasic("board@kmpt", "parity-demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theRefusalsThemselvesAreAudited() throws Exception {
        int before =
                jdbc.queryForObject("select count(*) from audit_event where event_type = 'REFUSED'", Integer.class);
        mvc.perform(MockMvcRequestBuilders.get("/admin/users").with(httpBasic("edi@kmpt", "parity-demo")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'REFUSED'", Integer.class))
                .isGreaterThan(before);
    }

    private MockHttpServletRequestBuilder request(Route route) {
        String url = resolve(route.url());
        MockHttpServletRequestBuilder builder = route.changesState()
                ? MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(route.method()), url)
                : MockMvcRequestBuilders.get(url);
        if (route.contentType() != null) {
            builder.contentType(route.contentType()).content(route.body());
        }
        return builder;
    }

    private String resolve(String url) {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put(
                "{kmptPlan}",
                String.valueOf(
                        jdbc.queryForObject("select id from plan where plan_key = 'kmpt-race-2025-27'", Long.class)));
        samples.put(
                "{kmptTheme}",
                String.valueOf(jdbc.queryForObject(
                        "select min(t.id) from theme t join plan p on p.id = t.plan_id where p.plan_key = 'kmpt-race-2025-27'",
                        Long.class)));
        samples.put(
                "{kmptAction}",
                String.valueOf(jdbc.queryForObject(
                        "select min(a.id) from action a join plan p on p.id = a.plan_id where p.plan_key = 'kmpt-religion-2025-27'",
                        Long.class)));
        samples.put(
                "{kmptReport}",
                String.valueOf(jdbc.queryForObject(
                        "select min(id) from issued_report where organisation_code = 'kmpt'", Long.class)));
        samples.put(
                "{kmptMilestone}",
                String.valueOf(jdbc.queryForObject(
                        "select min(m.id) from milestone m join action a on a.id = m.action_id join plan p on p.id = a.plan_id"
                                + " where p.organisation_code = 'kmpt'",
                        Long.class)));
        samples.put(
                "{adminToken}",
                String.valueOf(jdbc.queryForObject(
                        "select min(id) from api_token where username = 'admin' and revoked_at is null", Long.class)));
        samples.put(
                "{leadUser}",
                String.valueOf(
                        jdbc.queryForObject("select id from app_user where username = 'lead@kmpt'", Long.class)));
        samples.put(
                "{leadTask}",
                jdbc.queryForObject(
                        "select min(id) from workflow_task where assignee = 'lead@kmpt'" + " and state = 'OPEN'",
                        String.class));
        String resolved = url;
        for (Map.Entry<String, String> s : samples.entrySet()) {
            resolved = resolved.replace(s.getKey(), s.getValue());
        }
        return resolved;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("enabled users", jdbc.queryForObject("select count(*) from app_user where enabled", Long.class));
        counts.put(
                "withdrawn actions",
                jdbc.queryForObject("select count(*) from action where status = 'WITHDRAWN'", Long.class));
        return counts;
    }
}
