package org.parity.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static org.parity.bench.Bench.get;
import static org.parity.bench.Bench.post;
import static org.parity.bench.Bench.step;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The pages people of Parity use every day, under load. Every virtual user signs in through the form
 * as one of the generated organisations' people and then works through their pages. Request names
 * are the server's route patterns (method and Spring MVC pattern), so they line up with the SQL
 * counters of {@code /api/admin/diagnostics/sql}; the one exception is {@code GET /actions?q=}, the
 * search with words, which the server counts under {@code GET /actions}.
 *
 * <p>System properties: {@code bench.baseUrl}, {@code bench.organisations} (N), {@code bench.profile}
 * ({@code worklist}: N leads reloading My actions alone, without think time, to find where it saturates;
 * {@code closed}: N leads plus N/5 sponsors and N/5 EDI teams, each signing in through the form and
 * then looping over their pages without think time; {@code open}: visits arriving at a constant rate,
 * independent of how fast Parity answers, giving about {@code bench.pageViewsPerSec} (100) page views a
 * second once visits overlap (after about one visit's length), each visit one round of a person's pages
 * with {@code bench.thinkMinMs}-{@code bench.thinkMaxMs} (500-1500 ms) think time; open-loop visitors
 * use sessions signed in before the load, as people stay signed in all day, and the sign-in is measured
 * by the closed loop), {@code bench.users} (closed-loop leads, default N), {@code bench.duration} (seconds).
 */
public class ParitySimulation extends Simulation {

    static final String PASSWORD = System.getProperty("bench.password", "parity-demo");
    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8080");
    static final int ORGANISATIONS = Integer.getInteger("bench.organisations", 10);
    static final String PROFILE = System.getProperty("bench.profile", "closed");
    static final int LEADS = Integer.getInteger("bench.users", ORGANISATIONS);
    static final Duration DURATION = Bench.DURATION;
    static final double PAGE_VIEWS_PER_SEC = Double.parseDouble(System.getProperty("bench.pageViewsPerSec", "100"));
    static final Duration THINK_MIN = Duration.ofMillis(Long.getLong("bench.thinkMinMs", 500));
    static final Duration THINK_MAX = Duration.ofMillis(Long.getLong("bench.thinkMaxMs", 1500));
    /** Open loop: how many rounds of their pages one visit goes through. */
    static final int VISIT_ROUNDS = Integer.getInteger("bench.visitRounds", 1);

    /** Words of the generated action titles: each finds a subset of an organisation's actions. */
    static final List<String> WORDS = List.of("mentoring", "recruitment", "network", "flexible", "leadership",
            "pay", "training", "nursing", "adjustments", "bonus");
    static final String UPDATE_FORM = "{\"rag\":\"AMBER\",\"percentComplete\":40,\"narrative\":\"bench\","
            + "\"evidenceUrl\":null,\"proposeCompletion\":false}";
    static final String APPROVE_FORM = "{\"decision\":\"APPROVE\",\"comment\":\"bench\"}";
    static final List<String> INDICATORS = GenerateSeeds.MEASURES.stream().map(GenerateSeeds.Measure::code).toList();

    // ---- people ------------------------------------------------------------------------------------

    /** An endless feeder of one role's usernames, organisation after organisation. */
    static Iterator<Map<String, Object>> people(String role) {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> {
            String org = GenerateSeeds.code(next.getAndIncrement() % ORGANISATIONS + 1, ORGANISATIONS);
            return Map.<String, Object>of("username", role + "@" + org, "org", org);
        }).iterator();
    }

    // ---- building blocks ------------------------------------------------------------------------------

    /** The sign-in form, as a browser posts it. */
    static final ChainBuilder SIGN_IN = exec(
            step(get("GET /login", "/login").check(css("input[name=_csrf]", "value").saveAs("csrf"))),
            step(post("POST /login", "/login")
                    .formParam("username", "#{username}").formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                    .disableFollowRedirect()
                    .check(status().is(302), headerRegex("Location", "error").notExists())));

    /** Setup, not measured: the ids of the organisation's plans and their actions, from the API. */
    static final ChainBuilder LEARN_IDS = exec(
            http("GET /api/organisations/{org}/plans").get("/api/organisations/#{org}/plans").silent()
                    .requestTimeout(Bench.REQUEST_TIMEOUT)
                    .check(jsonPath("$[*].id").findAll().saveAs("planIds")))
            .exec(session -> session.set("actionIds", new ArrayList<Object>()))
            .exec(foreach("#{planIds}", "planId").on(
                    exec(http("GET /api/plans/{id}").get("/api/plans/#{planId}").silent().requestTimeout(Bench.REQUEST_TIMEOUT)
                            .check(jsonPath("$.themes[*].actions[*].id").findAll().saveAs("planActionIds")))
                            .exec(session -> {
                                List<Object> all = new ArrayList<>(session.getList("actionIds"));
                                all.addAll(session.getList("planActionIds"));
                                return session.set("actionIds", Collections.unmodifiableList(all));
                            })));

    static ChainBuilder pick() {
        return exec(session -> session
                .set("word", WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size())))
                .set("indicator", INDICATORS.get(ThreadLocalRandom.current().nextInt(INDICATORS.size()))));
    }

    static ChainBuilder think() {
        return PROFILE.equals("open") ? pause(THINK_MIN, THINK_MAX) : exec(session -> session);
    }

    static ChainBuilder page(String name, String path) {
        return step(get(name, path).check(status().is(200))).exec(think());
    }

    static ChainBuilder pageWithToken(String name, String path) {
        return step(get(name, path).check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(think());
    }

    static final ChainBuilder HOME = page("GET /", "/");
    static final ChainBuilder MY_TASKS_API = step(get("GET /api/me/tasks", "/api/me/tasks").check(status().is(200),
            jsonPath("$[?(@.kind == 'PROGRESS_UPDATE')].id").findRandom().optional().saveAs("updateTask"),
            jsonPath("$[?(@.kind == 'REVIEW')].id").findRandom().optional().saveAs("reviewTask"),
            jsonPath("$[*].actionId").findRandom().optional().saveAs("taskAction")))
            .exec(think());
    static final ChainBuilder FIND = page("GET /actions", "/actions");
    static final ChainBuilder FIND_WORDS = page("GET /actions?q=", "/actions?q=#{word}");
    static final ChainBuilder ACTION = page("GET /actions/{id}", "/actions/#{actionIds.random()}");
    static final ChainBuilder PLAN = page("GET /plans/{id}", "/plans/#{planIds.random()}");
    static final ChainBuilder INDICATORS_PAGE = page("GET /organisations/{org}/indicators", "/organisations/#{org}/indicators");
    static final ChainBuilder INDICATOR_PAGE = exec(
            step(get("GET /organisations/{org}/indicators/{code}", "/organisations/#{org}/indicators/#{indicator}")
                    .check(status().is(200))),
            step(get("GET /organisations/{org}/indicators/{code}/trend.svg",
                    "/organisations/#{org}/indicators/#{indicator}/trend.svg").check(status().is(200))))
            .exec(think());
    static final ChainBuilder REPORT = page("GET /organisations/{org}/report", "/organisations/#{org}/report");

    /** A lead submits one of their progress updates: the form page, then the write. */
    static final ChainBuilder SUBMIT_UPDATE = doIf("#{updateTask.exists()}").then(
            step(get("GET /tasks/{id}", "/tasks/#{updateTask}").check(status().is(200)))
                    .exec(think())
                    .exec(step(post("POST /api/tasks/{id}", "/api/tasks/#{updateTask}")
                            .header("X-CSRF-TOKEN", "#{csrf}").body(StringBody(UPDATE_FORM)).asJson()
                            .check(status().is(200))))
                    .exec(session -> session.remove("updateTask"))
                    .exec(think()));

    /** A sponsor approves one progress review: the form page, then the decision. */
    static final ChainBuilder APPROVE_REVIEW = doIf("#{reviewTask.exists()}").then(
            step(get("GET /tasks/{id}", "/tasks/#{reviewTask}").check(status().is(200)))
                    .exec(think())
                    .exec(step(post("POST /api/tasks/{id}", "/api/tasks/#{reviewTask}")
                            .header("X-CSRF-TOKEN", "#{csrf}").body(StringBody(APPROVE_FORM)).asJson()
                            .check(status().is(200))))
                    .exec(session -> session.remove("reviewTask"))
                    .exec(think()));

    /** The EDI team imports this year's figures of one staff-survey indicator (two groups). */
    static final ChainBuilder IMPORT_FIGURES = exec(session -> session
            .set("bame", String.format(Locale.ROOT, "%.1f", 15 + ThreadLocalRandom.current().nextDouble() * 20))
            .set("white", String.format(Locale.ROOT, "%.1f", 15 + ThreadLocalRandom.current().nextDouble() * 20)))
            .exec(step(post("POST /api/organisations/{org}/measurements", "/api/organisations/#{org}/measurements")
                    .header("X-CSRF-TOKEN", "#{csrf}")
                    .body(StringBody("[{\"indicator\":\"WRES5\",\"period\":\"2025\",\"group\":\"BAME\",\"value\":#{bame},"
                            + "\"source\":\"STAFF_SURVEY\"},{\"indicator\":\"WRES5\",\"period\":\"2025\",\"group\":\"WHITE\","
                            + "\"value\":#{white},\"source\":\"STAFF_SURVEY\"}]")).asJson()
                    .check(status().is(201))))
            .exec(think());

    // ---- people's days ------------------------------------------------------------------------------

    /** A lead's pages: worklist, tasks, finding actions, an action, a plan, figures, the report, one update. */
    static final ChainBuilder LEAD_VISIT = exec(pick(), HOME,
            pageWithToken("GET /my/actions", "/my/actions"), MY_TASKS_API, SUBMIT_UPDATE, FIND, FIND_WORDS, ACTION, PLAN,
            INDICATORS_PAGE, INDICATOR_PAGE, REPORT);
    static final int LEAD_PAGE_VIEWS = 14;

    /** The lead worklist alone (the worklist profile): the page the plain Camunda app's worklists are set against. */
    static final ChainBuilder WORKLIST = exec(pageWithToken("GET /my/actions", "/my/actions"));

    /** A sponsor's pages: decisions waiting, the action behind one, a review approved, the report, search. */
    static final ChainBuilder SPONSOR_VISIT = exec(pick(), HOME,
            pageWithToken("GET /my/decisions", "/my/decisions"), MY_TASKS_API,
            doIf("#{taskAction.exists()}").then(page("GET /actions/{id}", "/actions/#{taskAction}"))
                    .exec(session -> session.remove("taskAction")),
            APPROVE_REVIEW, ACTION, REPORT, FIND_WORDS);
    static final int SPONSOR_PAGE_VIEWS = 10;

    /** The EDI team's pages: dashboard, figures imported and read, the report, plans and actions. */
    static final ChainBuilder EDI_VISIT = exec(pick(), HOME,
            pageWithToken("GET /organisations/{org}/dashboard", "/organisations/#{org}/dashboard"), MY_TASKS_API,
            IMPORT_FIGURES, INDICATORS_PAGE, INDICATOR_PAGE, REPORT, PLAN, FIND, ACTION);
    static final int EDI_PAGE_VIEWS = 12;

    static ScenarioBuilder looping(String name, String role, ChainBuilder visit) {
        return scenario(name).feed(people(role)).exec(SIGN_IN, LEARN_IDS).exec(during(DURATION).on(visit));
    }

    static ScenarioBuilder visiting(String name, String role, ChainBuilder visit) {
        return scenario(name).feed(signedIn(role))
                .exec(addCookie(Cookie("SESSION", "#{jsession}")))
                .repeat(VISIT_ROUNDS).on(visit);
    }

    // ---- open loop: sessions signed in before the load ---------------------------------------------------

    /** username -> the session and the ids a visit needs: signed in and read once, before the load. */
    static final Map<String, Map<String, Object>> SIGNED_IN = new ConcurrentHashMap<>();

    /** An endless feeder of one role's signed-in sessions, organisation after organisation. */
    static Iterator<Map<String, Object>> signedIn(String role) {
        Iterator<Map<String, Object>> names = people(role);
        return Stream.generate(() -> {
            String username = (String) names.next().get("username");
            Map<String, Object> person = SIGNED_IN.get(username);
            if (person == null) {
                throw new IllegalStateException(username + " was not signed in before the load");
            }
            return person;
        }).iterator();
    }

    /** Signs in every lead, sponsor and EDI team once (four at a time) and reads their plan and action ids. */
    static void signInEveryone() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 1; i <= ORGANISATIONS; i++) {
                String org = GenerateSeeds.code(i, ORGANISATIONS);
                work.add(pool.submit(() -> {
                    List<Object> planIds = new ArrayList<>();
                    List<Object> actionIds = new ArrayList<>();
                    for (String role : List.of("lead", "sponsor", "edi")) {
                        WebSession s = WebSession.signIn(BASE_URL, role + "@" + org, PASSWORD);
                        if (role.equals("lead")) {
                            for (JsonNode plan : json.readTree(s.get("/api/organisations/" + org + "/plans").body())) {
                                planIds.add(plan.path("id").asLong());
                                JsonNode detail = json.readTree(s.get("/api/plans/" + plan.path("id").asLong()).body());
                                for (JsonNode theme : detail.path("themes")) {
                                    theme.path("actions").forEach(a -> actionIds.add(a.path("id").asLong()));
                                }
                            }
                        }
                        SIGNED_IN.put(role + "@" + org, Map.of("username", role + "@" + org, "org", org,
                                "jsession", s.sessionId(), "csrf", s.csrf(), "planIds", planIds, "actionIds", actionIds));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).disableCaching()
                .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8").userAgentHeader("parity-bench");
        List<PopulationBuilder> populations = new ArrayList<>();
        int others = Math.max(1, LEADS / 5);
        if (PROFILE.equals("closed")) {
            populations.add(looping("leads", "lead", LEAD_VISIT).injectClosed(constantConcurrentUsers(LEADS).during(DURATION)));
            populations.add(looping("sponsors", "sponsor", SPONSOR_VISIT).injectClosed(constantConcurrentUsers(others).during(DURATION)));
            populations.add(looping("edi", "edi", EDI_VISIT).injectClosed(constantConcurrentUsers(others).during(DURATION)));
        } else if (PROFILE.equals("open")) {
            // 70% of the page views by leads, 15% by sponsors, 15% by EDI teams
            populations.add(visiting("leads", "lead", LEAD_VISIT).injectOpen(constantUsersPerSec(
                    0.70 * PAGE_VIEWS_PER_SEC / (LEAD_PAGE_VIEWS * VISIT_ROUNDS)).during(DURATION)));
            populations.add(visiting("sponsors", "sponsor", SPONSOR_VISIT).injectOpen(constantUsersPerSec(
                    0.15 * PAGE_VIEWS_PER_SEC / (SPONSOR_PAGE_VIEWS * VISIT_ROUNDS)).during(DURATION)));
            populations.add(visiting("edi", "edi", EDI_VISIT).injectOpen(constantUsersPerSec(
                    0.15 * PAGE_VIEWS_PER_SEC / (EDI_PAGE_VIEWS * VISIT_ROUNDS)).during(DURATION)));
        } else if (PROFILE.equals("worklist")) {
            // the lead worklist alone, driven to saturation: every lead reloads My actions without think time
            populations.add(looping("leads", "lead", WORKLIST).injectClosed(constantConcurrentUsers(LEADS).during(DURATION)));
        } else {
            throw new IllegalArgumentException("bench.profile must be closed, open or worklist, not " + PROFILE);
        }
        setUp(populations).protocols(protocol).maxDuration(Bench.MAX_DURATION);
    }

    @Override
    public void before() {
        if (PROFILE.equals("open")) {
            long started = System.nanoTime();
            try {
                signInEveryone();
            } catch (Exception e) {
                throw new IllegalStateException("signing in before the open loop failed: " + e.getMessage(), e);
            }
            System.out.printf("Signed in %d people before the open loop in %.1f s%n", SIGNED_IN.size(),
                    (System.nanoTime() - started) / 1e9);
            Bench.start("GET /login", "POST /login");
        } else {
            Bench.start();
        }
    }
}
