package org.parity.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Parity nodes on one PostgreSQL: two separate JVMs running the packaged jar (the failsafe
 * plugin runs this after {@code package}), an embedded PostgreSQL 17 and a GreenMail SMTP server in
 * this JVM. Proves what "several nodes on one database" promises: the seed is loaded once when both
 * start together on an empty database; a session made on one node works on the other; disabling a user
 * on one node ends their session on the other; an account locked on one node is locked on the other;
 * and when a node is killed (SIGKILL) after committing a figure whose event it had not yet handled, the
 * survivor finishes the journey: it opens the recovery task once, fires the due timers once and sends
 * each e-mail once.
 *
 * <p>Node A runs with {@code parity.events.hold-delivery=true}: its asynchronous event listeners never
 * handle events, so a figure it stores leaves an incomplete event publication behind, which is what a
 * node dying between commit and delivery leaves. Node logs: target/cluster-it/node-a.log and node-b.log
 * (their last lines are printed when a step fails).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    static final String PASSWORD = "cluster-" + UUID.randomUUID();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String RECOVERY_SUBJECT = "[Parity] Task overdue: Respond with a recovery plan";
    static final String DUE_SOON_SUBJECT = "[Parity] Progress update due soon: ";

    static EmbeddedPostgres postgres;
    static JdbcTemplate db;
    static GreenMail smtp;
    static ClusterNode a;
    static ClusterNode b;
    /** KMPT's open progress updates after the seed: each has a reminder timer due a minute after it opened. */
    static List<String> seededUpdates;

    static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Prints both nodes' last log lines when a step fails. */
    @RegisterExtension
    static final TestWatcher LOGS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (ClusterNode node : new ClusterNode[] {a, b}) {
                if (node != null) {
                    System.out.println(node.tail(60));
                }
            }
        }
    };

    @BeforeAll
    static void startCluster() throws Exception {
        Path jar = Path.of(System.getProperty("parity.jar", findJar()));
        assertThat(jar).as("the packaged jar (run by failsafe after package)").exists();
        Path work = Path.of("target", "cluster-it").toAbsolutePath();
        Files.createDirectories(work);

        postgres = EmbeddedPostgres.builder().start();
        db = new JdbcTemplate(postgres.getPostgresDatabase());
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();

        Map<String, String> environment = new HashMap<>();
        environment.put("PARITY_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
        environment.put("PARITY_DB_USER", "postgres");
        environment.put("PARITY_DB_PASSWORD", "");
        environment.put("CAMUNDA_ADMIN_PASSWORD", PASSWORD);
        environment.put("PARITY_SEED_DEMO_USERS", "true");
        environment.put("PARITY_DEMO_PASSWORD", PASSWORD);
        a = new ClusterNode("a", jar, work, arguments(work, "a", true), environment);
        b = new ClusterNode("b", jar, work, arguments(work, "b", false), environment);
        a.start();
        b.start();
        a.awaitReady(START_TIMEOUT);
        b.awaitReady(START_TIMEOUT);
        seededUpdates = db.queryForList(
                "select id from workflow_task where organisation_code = 'kmpt' and kind = 'PROGRESS_UPDATE'"
                        + " and state = 'OPEN' order by id",
                String.class);
    }

    private static List<String> arguments(Path work, String name, boolean holdDelivery) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--parity.data-dir=" + work.resolve("data-" + name),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                // the daily sweep every 5 seconds, so its escalations run many times on both nodes
                "--parity.workflow.sweep-cycle=0/5 * * * * ?",
                // KMPT's one-off tasks (scope, recovery plan, ...) fall due as they open: each is escalated by
                // the sweep's next run, and e-mailed to its assignee and KMPT's EDI team exactly once
                "--parity.workflow.organisations.kmpt.step-due=P0D",
                // every KMPT progress update's "due soon" reminder falls due a minute after the update opens
                // (the soonest the schedule allows): one timer job per seeded KMPT action, run by either node
                "--parity.workflow.organisations.kmpt.reminder-before=P1Y",
                // a publication left incomplete for 20 seconds is resubmitted; checked every 2 seconds
                "--parity.events.resubmit-older-than=PT20S",
                "--parity.events.resubmit-every=PT2S",
                // a killed node's locked jobs are free again after 20 seconds (Camunda's default: 5 minutes)
                "--camunda.bpm.job-execution.lock-time-in-millis=20000",
                "--logging.level.root=INFO"));
        if (holdDelivery) {
            args.add("--parity.events.hold-delivery=true");
        }
        return args;
    }

    private static String findJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.map(Path::toString)
                    .filter(f -> f.matches(".*parity-[^/]*\\.jar"))
                    .findFirst()
                    .orElse("target/parity.jar");
        }
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (ClusterNode node : new ClusterNode[] {a, b}) {
            if (node != null) {
                node.kill();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void bothNodesStartedTogetherOnAnEmptyDatabaseAndTheSeedWasLoadedOnce() {
        assertThat(db.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(db.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
        assertThat(db.queryForObject("select count(*) from plan", Integer.class))
                .isEqualTo(11);
        assertThat(db.queryForObject("select count(*) from action", Integer.class))
                .isEqualTo(157);
        assertThat(db.queryForObject("select count(*) from app_user where username = 'lead@kmpt'", Integer.class))
                .isEqualTo(1);
        // one process per seeded action, and no action with two
        assertThat(db.queryForList(
                        "select business_key_ from act_ru_execution where parent_id_ is null and business_key_ is not null"
                                + " and proc_def_id_ like 'actionLifecycle:%' group by business_key_ having count(*) > 1",
                        String.class))
                .isEmpty();
        assertThat(db.queryForObject(
                        "select count(distinct business_key_) from act_ru_execution where parent_id_ is null"
                                + " and proc_def_id_ like 'actionLifecycle:%'",
                        Integer.class))
                .isGreaterThan(100);
        // each model deployed once, so the sweep has exactly one timer (two would run it twice)
        assertThat(db.queryForObject("select count(*) from act_re_procdef where key_ = 'dailySweep'", Integer.class))
                .isEqualTo(1);
        assertThat(db.queryForObject(
                        "select count(*) from act_ru_job where process_def_key_ = 'dailySweep'"
                                + " and handler_type_ = 'timer-start-event'",
                        Integer.class))
                .isEqualTo(1);
        // both answer with the same data
        assertThat(apiJson(a, "edi@kmpt", "/api/organisations/kmpt/plans"))
                .isEqualTo(apiJson(b, "edi@kmpt", "/api/organisations/kmpt/plans"));
    }

    @Test
    @Order(2)
    void aSessionMadeOnNodeAWorksOnNodeB() {
        WebSession browser = new WebSession();
        WebSession.Answer signedIn = browser.signIn(a, "board@kings", PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).doesNotContain("/login");
        assertThat(browser.getJson(a, "/api/organisations").status()).isEqualTo(200);

        WebSession.Answer onB = browser.getJson(b, "/api/organisations");
        assertThat(onB.status())
                .as("node B answers node A's session cookie %s", browser.cookies())
                .isEqualTo(200);
        assertThat(onB.body()).contains("\"kings\"").doesNotContain("\"kmpt\"");
        WebSession.Answer page = browser.get(b, "/organisations/kings/report");
        assertThat(page.status()).as("a page on B with A's session").isEqualTo(200);
    }

    @Test
    @Order(3)
    void disablingAUserOnNodeBEndsTheirSessionOnNodeA() {
        WebSession victim = new WebSession();
        assertThat(victim.signIn(a, "sponsor@ekhuft", PASSWORD).location()).doesNotContain("/login");
        assertThat(victim.getJson(a, "/api/me/tasks").status()).isEqualTo(200);

        WebSession admin = new WebSession();
        assertThat(admin.signIn(b, "admin", PASSWORD).location()).doesNotContain("/login");
        WebSession.Answer users = admin.get(b, "/admin/users");
        assertThat(users.status()).isEqualTo(200);
        String userPath = org.jsoup.Jsoup.parse(users.body()).select("a[href^=/admin/users/]").stream()
                .filter(link -> link.text().equals("sponsor@ekhuft"))
                .map(link -> link.attr("href"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("sponsor@ekhuft not listed on node B's /admin/users"));
        WebSession.Answer userPage = admin.get(b, userPath);
        assertThat(userPage.status()).isEqualTo(200);
        WebSession.Answer disabled = admin.submit(b, userPage, "form[action$=/disable]");
        assertThat(disabled.status()).as("disable on node B").isEqualTo(302);
        assertThat(db.queryForObject("select enabled from app_user where username = 'sponsor@ekhuft'", Boolean.class))
                .isFalse();

        // node A refuses the session at once (allowing the request in flight a few seconds, not more)
        awaitTrue(
                "node A refuses the disabled user's session",
                Duration.ofSeconds(10),
                () -> victim.getJson(a, "/api/me/tasks").status() == 401);
        assertThat(victim.get(a, "/my/decisions").redirectsToLogin()).isTrue();
        assertThat(victim.getJson(b, "/api/me/tasks").status()).isEqualTo(401);
        // and a new sign-in is refused on either node
        assertThat(new WebSession().signIn(a, "sponsor@ekhuft", PASSWORD).redirectsToLogin())
                .isTrue();
        assertThat(basic(a, "sponsor@ekhuft", PASSWORD, "/api/me/tasks").statusCode())
                .isEqualTo(401);
    }

    @Test
    @Order(4)
    void anAccountLockedOnNodeAIsRefusedOnNodeB() {
        // the right password works on B before anything happens
        assertThat(new WebSession().signIn(b, "edi@kings", PASSWORD).location()).doesNotContain("/login");
        int maxFailures = 5; // parity.login.max-failures (default)
        for (int i = 0; i < maxFailures; i++) {
            WebSession.Answer wrong = new WebSession().signIn(a, "edi@kings", "not-the-password-" + i);
            assertThat(wrong.redirectsToLogin())
                    .as("wrong password %d on A", i + 1)
                    .isTrue();
        }
        assertThat(db.queryForObject(
                        "select locked_until from app_user where username = 'edi@kings'", java.sql.Timestamp.class))
                .as("locked in the database")
                .isNotNull();
        WebSession onB = new WebSession();
        assertThat(onB.signIn(b, "edi@kings", PASSWORD).redirectsToLogin())
                .as("node B refuses the right password of an account locked on node A")
                .isTrue();
        assertThat(onB.getJson(b, "/api/me/tasks").status()).isEqualTo(401);
        assertThat(basic(b, "edi@kings", PASSWORD, "/api/organisations/kings/plans")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    @Order(5)
    void whenNodeAIsKilledMidJourneyTheSurvivorOpensTheRecoveryOnceFiresTimersOnceAndMailsOnce() throws Exception {
        // a seeded KMPT action whose milestone follows WDES 4c (harassment from colleagues, disabled staff)
        JsonNode found = apiJson(a, "edi@kmpt", "/api/actions?org=kmpt&q=colleague%20harassment");
        long actionId = StreamSupport.stream(found.spliterator(), false)
                .filter(x -> x.path("title").asText().startsWith("Reduce colleague harassment"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the seeded action is missing: " + found))
                .path("id")
                .asLong();
        JsonNode milestone = milestoneOn(a, actionId, "WDES4c");
        assertThat(milestone.path("status").asText()).isEqualTo("ON_TRACK");
        assertThat(recoveryTasks(actionId)).isZero();

        // node A stores a figure that sends the milestone off track; its event stays undelivered (held)
        HttpResponse<String> posted = send(
                a,
                "edi@kmpt",
                HttpRequest.newBuilder(URI.create(a.base() + "/api/organisations/kmpt/measurements"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "indicator,period,group,value,source\nWDES4c,2025,DISABLED,27.5,STAFF_SURVEY\n")));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(db.queryForObject(
                        "select count(*) from measurement m where m.organisation_code = 'kmpt' and m.indicator_code = 'WDES4c' and m.period = '2025'",
                        Integer.class))
                .as("the figure is committed")
                .isEqualTo(1);
        String openFigureEvent = "select count(*) from event_publication where completion_date is null"
                + " and event_type like '%IndicatorValueRecorded' and serialized_event like '%WDES4c%'"
                + " and serialized_event like '%kmpt%'";
        assertThat(db.queryForObject(openFigureEvent, Integer.class))
                .as("node A holds the figure's event: its publication is incomplete")
                .isEqualTo(1);
        assertThat(milestoneOn(a, actionId, "WDES4c").path("status").asText()).isEqualTo("ON_TRACK");
        assertThat(db.queryForObject(openFigureEvent, Integer.class)).isEqualTo(1);

        a.kill();
        assertThat(a.alive()).isFalse();

        // the survivor resubmits the publication, evaluates the milestone and opens the recovery task
        awaitTrue("node B opens the lead's recovery task", Duration.ofMinutes(2), () -> recoveryTasks(actionId) > 0);
        JsonNode task = leadRecoveryTask(actionId);
        assertThat(task)
                .as("the lead sees the recovery task through node B's API")
                .isNotNull();
        String taskId = task.path("id").asText();
        awaitTrue(
                "the figure's publication is completed",
                Duration.ofMinutes(1),
                () -> db.queryForObject(openFigureEvent, Integer.class) == 0);
        assertThat(milestoneOn(b, actionId, "WDES4c").path("status").asText()).isEqualTo("OFF_TRACK");

        // the recovery task fell due as it opened (P0D): the sweep escalates it and e-mails the lead
        awaitTrue(
                "the lead's e-mail about the recovery task",
                Duration.ofMinutes(1),
                () -> mailsTo("lead@kmpt", RECOVERY_SUBJECT, "/tasks/" + taskId) > 0);
        // let two more sweeps (and with them about ten resubmission rounds) pass before counting
        int sweeps = finishedSweeps();
        awaitTrue("two more sweeps on node B", Duration.ofMinutes(1), () -> finishedSweeps() >= sweeps + 2);

        assertThat(recoveryTasks(actionId)).as("recovery tasks of the action").isEqualTo(1);
        assertThat(leadRecoveryTask(actionId).path("id").asText()).isEqualTo(taskId);
        assertThat(db.queryForObject(
                        "select count(*) from audit_event where subject_type = 'ACTION' and subject_id = ?"
                                + " and event_type = 'MILESTONE_OFF_TRACK'",
                        Integer.class,
                        String.valueOf(actionId)))
                .as("the milestone went off track once")
                .isEqualTo(1);
        assertThat(mailsTo("lead@kmpt", RECOVERY_SUBJECT, "/tasks/" + taskId))
                .as("the lead's e-mail")
                .isEqualTo(1);
        assertThat(mailsTo("edi@kmpt", RECOVERY_SUBJECT, "/tasks/" + taskId))
                .as("the EDI team's e-mail")
                .isEqualTo(1);

        // every seeded KMPT progress update's reminder timer fired, on one node or the other (some of them
        // perhaps on node A before it died, the rest on B), and its e-mail arrived
        assertThat(seededUpdates).as("KMPT's seeded progress updates").hasSizeGreaterThan(10);
        awaitTrue(
                "a reminder for each of KMPT's " + seededUpdates.size() + " seeded progress updates",
                Duration.ofMinutes(2),
                () -> withoutReminder().isEmpty(),
                () -> remindersMissing(withoutReminder()));

        // and no e-mail, from any timer or sweep on either node, reached anyone twice
        Map<String, Integer> copies = new HashMap<>();
        int reminders = 0;
        for (GreenMailUser user : smtp.getUserManager().listUser()) {
            for (MimeMessage mail : inbox(user)) {
                copies.merge(user.getEmail() + "\n" + mail.getSubject() + "\n" + text(mail), 1, Integer::sum);
                reminders += mail.getSubject().startsWith(DUE_SOON_SUBJECT) ? 1 : 0;
            }
        }
        assertThat(reminders).as("reminder e-mails").isGreaterThanOrEqualTo(seededUpdates.size());
        assertThat(copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                .as("e-mails received more than once")
                .isEmpty();
        assertThat(db.queryForObject("select count(*) from mail_outbox where status = 'FAILED'", Integer.class))
                .as("no e-mail failed to reach the SMTP server")
                .isZero();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static List<String> withoutReminder() {
        return seededUpdates.stream()
                .filter(id -> mailsTo(null, DUE_SOON_SUBJECT, "(task " + id + ")") == 0)
                .toList();
    }

    /** What the database says about progress updates whose reminder did not arrive. */
    private static String remindersMissing(List<String> missing) {
        StringBuilder report = new StringBuilder(missing.size() + " without a reminder e-mail; the first of them:");
        for (String id : missing.stream().limit(5).toList()) {
            report.append("\n task ")
                    .append(id)
                    .append(" ")
                    .append(db.queryForList("select state, due_at, created_at from workflow_task where id = ?", id));
            report.append("\n  outbox ")
                    .append(db.queryForList(
                            "select idempotency_key, status, error from mail_outbox where idempotency_key like ?",
                            id + ":%"));
            report.append("\n  jobs ")
                    .append(db.queryForList(
                            "select j.duedate_, j.lock_owner_, j.lock_exp_time_, j.retries_, j.exception_msg_, j.handler_cfg_"
                                    + " from act_ru_job j join workflow_task t on t.process_instance_id = j.process_instance_id_"
                                    + " where t.id = ?",
                            id));
        }
        return report.toString();
    }

    private static int recoveryTasks(long actionId) {
        return db.queryForObject(
                "select count(*) from workflow_task where action_id = ? and kind = 'OFF_TRACK_RESPONSE'",
                Integer.class,
                actionId);
    }

    private static int finishedSweeps() {
        return db.queryForObject(
                "select count(*) from act_hi_procinst where proc_def_key_ = 'dailySweep' and end_time_ is not null",
                Integer.class);
    }

    private static JsonNode leadRecoveryTask(long actionId) {
        JsonNode tasks = apiJson(b, "lead@kmpt", "/api/me/tasks");
        List<JsonNode> recovery = StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.path("kind").asText().equals("OFF_TRACK_RESPONSE")
                        && t.path("actionId").asLong() == actionId)
                .toList();
        assertThat(recovery).as("the lead's open recovery tasks for the action").hasSizeLessThanOrEqualTo(1);
        return recovery.isEmpty() ? null : recovery.get(0);
    }

    private static JsonNode milestoneOn(ClusterNode node, long actionId, String indicator) {
        JsonNode action = apiJson(node, "edi@kmpt", "/api/actions/" + actionId);
        return StreamSupport.stream(action.path("milestones").spliterator(), false)
                .filter(m -> m.path("indicator").asText().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + indicator + " milestone on " + action));
    }

    /** Mails in one recipient's inbox (everyone's when null) whose subject starts so and body contains so. */
    private static int mailsTo(String recipient, String subject, String bodyPart) {
        List<GreenMailUser> users = recipient == null
                ? List.copyOf(smtp.getUserManager().listUser())
                : java.util.Optional.ofNullable(smtp.getUserManager().getUserByEmail(recipient)).stream()
                        .toList();
        int count = 0;
        for (GreenMailUser user : users) {
            for (MimeMessage mail : inbox(user)) {
                try {
                    if (mail.getSubject().startsWith(subject) && text(mail).contains(bodyPart)) {
                        count++;
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return count;
    }

    /** The decoded text of a plain-text mail (a non-ASCII title makes it quoted-printable, wrapped at 76). */
    private static String text(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> inbox(GreenMailUser user) {
        try {
            return smtp.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(stored -> stored.getMimeMessage())
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode apiJson(ClusterNode node, String user, String path) {
        HttpResponse<String> response = basic(node, user, PASSWORD, path);
        assertThat(response.statusCode())
                .as("GET %s on %s: %s", path, node.name(), response.body())
                .isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static HttpResponse<String> basic(ClusterNode node, String user, String password, String path) {
        return send(
                node,
                user,
                password,
                HttpRequest.newBuilder(URI.create(node.base() + path)).GET());
    }

    private static HttpResponse<String> send(ClusterNode node, String user, HttpRequest.Builder request) {
        return send(node, user, PASSWORD, request);
    }

    private static HttpResponse<String> send(
            ClusterNode node, String user, String password, HttpRequest.Builder request) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(
                    request.header("Authorization", "Basic " + credentials)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request to node " + node.name() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code condition} every 250 ms until it holds; fails with {@code what} after {@code timeout}. */
    private static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) {
        awaitTrue(what, timeout, condition, () -> "");
    }

    private static void awaitTrue(
            String what, Duration timeout, BooleanSupplier condition, java.util.function.Supplier<String> why) {
        try {
            Awaitility.await(what)
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(250))
                    .until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out after " + timeout + " waiting for: " + what + "\n" + why.get(), e);
        }
    }
}
