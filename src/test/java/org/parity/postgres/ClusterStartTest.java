package org.parity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parity.ParityApplication;
import org.parity.common.ClusterLock;
import org.parity.indicator.IndicatorValueRecorded;
import org.parity.notification.Mail;
import org.parity.notification.Notifier;
import org.parity.people.DemoUsers;
import org.parity.plan.MilestoneWentOffTrack;
import org.parity.workflow.ProcessGateway;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes start at the same moment on one empty PostgreSQL 17 database (two applications in this JVM,
 * each with its own connection pool and process engine, as two machines would have): Flyway creates the
 * engine's tables once, one node loads the seed data while the other waits, the engine's admin is created
 * once, and both serve. Then, on the running pair: a mail sent by both at once goes out once; a seed run
 * left incomplete by a dead node is finished by the next node that starts while the other waits out of
 * service; an event one node never delivered (node "b" runs with the test-only
 * parity.events.hold-delivery) is delivered by the other node's resubmission, once, whether its
 * listener runs after commit on the committing thread or asynchronously.
 */
class ClusterStartTest {

    static final String CAMUNDA_PASSWORD = "cockpit-" + UUID.randomUUID();
    static final String DEMO_PASSWORD = "demo-" + UUID.randomUUID();

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodesTogether() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        // Spring Boot's logging set-up writes system properties while it reads them, which is not safe for two
        // applications starting at the same moment in one JVM (ConcurrentModificationException, seen in CI):
        // both nodes keep the test JVM's logging as it is, and the property goes once they have started.
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        Future<ConfigurableApplicationContext> first = pool.submit(() -> {
            together.await();
            return start("clusterA", false);
        });
        Future<ConfigurableApplicationContext> second = pool.submit(() -> {
            together.await();
            return start("clusterB", true);
        });
        try {
            a = started(first);
            b = started(second);
            if (a == null || b == null) {
                throw new IllegalStateException("A node did not start: see the log above");
            }
        } finally {
            pool.shutdown();
            System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
        }
    }

    /** The started node, or null (logged) when it failed: the other one is still closed after the tests. */
    private static ConfigurableApplicationContext started(Future<ConfigurableApplicationContext> node)
            throws InterruptedException {
        try {
            return node.get(15, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            org.slf4j.LoggerFactory.getLogger(ClusterStartTest.class).error("A node failed to start", e);
            return null;
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static ConfigurableApplicationContext start(String node, boolean holdDelivery) {
        return new SpringApplicationBuilder(ParityApplication.class)
                .profiles("postgres")
                .run(
                        "--PARITY_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--PARITY_DB_USER=postgres",
                        "--PARITY_DB_PASSWORD=",
                        "--CAMUNDA_ADMIN_PASSWORD=" + CAMUNDA_PASSWORD,
                        "--PARITY_SEED_DEMO_USERS=true",
                        "--parity.demo.password=" + DEMO_PASSWORD,
                        "--server.port=0",
                        // each node its own engine name (no hyphen: Camunda ignores such names), no Cockpit (static
                        // state), no job executor: see PostgresTest
                        "--camunda.bpm.process-engine-name=" + node,
                        "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--parity.events.hold-delivery=" + holdDelivery,
                        // the periodic resubmission must not deliver what this test delivers by hand
                        "--parity.events.resubmit-every=PT1H",
                        "--logging.level.root=WARN");
    }

    @Test
    void bothNodesStartOnOneSchemaOneSeedAndOneAdminAndAreReady() throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from flyway_schema_history where version = '46' and success", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from seed_run where completed_at is not null", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from seed_run", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class))
                .isEqualTo(11);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'admin'", Integer.class))
                .isEqualTo(1);
        // every action under way has exactly one process: none started twice
        Map<String, Object> processes = jdbc.queryForMap("select count(*) as instances,"
                + " count(distinct business_key_) as actions from act_ru_execution"
                + " where parent_id_ is null and proc_def_key_ = 'actionLifecycle'");
        assertThat(((Number) processes.get("instances")).longValue()).isGreaterThan(100);
        assertThat(processes.get("instances")).isEqualTo(processes.get("actions"));

        // one node loaded, the other waited for it (or, had it been slower to start, found it loaded)
        List<Object> outcomes = List.of(seedDetail(a), seedDetail(b));
        assertThat(outcomes).containsOnlyOnce("loaded by this node");
        assertThat(outcomes)
                .anySatisfy(o -> assertThat(o).isIn("loaded by another node while this one waited", "loaded before"));

        for (ConfigurableApplicationContext node : List.of(a, b)) {
            assertThat(node.getBean(DemoUsers.class).present()).isTrue();
            HttpResponse<String> readiness = readiness(node);
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"UP\"");
        }
    }

    @Test
    void aMailBothNodesSendAtOnceIsSentOnce() throws Exception {
        Notifier onA = a.getBean(Notifier.class);
        Notifier onB = b.getBean(Notifier.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Mail mail = new Mail(
                        "cluster-test:" + UUID.randomUUID(), "kmpt", List.of("lead@example.org"), "Reminder", "Body");
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Boolean> fromA = pool.submit(() -> {
                    together.await();
                    return onA.send(mail);
                });
                Future<Boolean> fromB = pool.submit(() -> {
                    together.await();
                    return onB.send(mail);
                });
                assertThat(List.of(fromA.get(1, TimeUnit.MINUTES), fromB.get(1, TimeUnit.MINUTES)))
                        .containsExactlyInAnyOrder(true, false);
                assertThat(a.getBean(JdbcTemplate.class)
                                .queryForObject(
                                        "select count(*) from mail_outbox where idempotency_key = ?",
                                        Integer.class,
                                        mail.idempotencyKey()))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aLockIsHeldByOneNodeAtATimeAndLetGoWhenClosed() {
        ClusterLock onA = a.getBean(ClusterLock.class);
        ClusterLock onB = b.getBean(ClusterLock.class);
        Optional<ClusterLock.Held> held = onA.tryAcquire(ClusterLock.EVENT_RESUBMISSION);
        assertThat(held).isPresent();
        try {
            assertThat(onB.tryAcquire(ClusterLock.EVENT_RESUBMISSION)).isEmpty();
            assertThat(onA.tryAcquire(ClusterLock.EVENT_RESUBMISSION)).isEmpty();
            // another lock is another row
            try (ClusterLock.Held other =
                    onB.tryAcquire(ClusterLock.ENGINE_ADMIN).orElseThrow()) {
                assertThat(other.name()).isEqualTo(ClusterLock.ENGINE_ADMIN);
            }
        } finally {
            held.get().close();
        }
        try (ClusterLock.Held again =
                onB.tryAcquire(ClusterLock.EVENT_RESUBMISSION).orElseThrow()) {
            assertThat(again.name()).isEqualTo(ClusterLock.EVENT_RESUBMISSION);
        }
        assertThatThrownBy(() -> onA.tryAcquire("no-such-lock"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-lock");
    }

    @Test
    void aSeedRunADeadNodeLeftIncompleteIsFinishedByTheNextWhileItWaitsOutOfService() throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        RuntimeService runtime = a.getBean(RuntimeService.class);
        ProcessInstance lost = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessGateway.ACTION_PROCESS)
                .listPage(0, 1)
                .get(0);
        String actionId = lost.getBusinessKey();
        // as if the loading node died after storing the data and before starting this process
        runtime.deleteProcessInstance(lost.getId(), "test: the loading node died before starting it");
        jdbc.update("update seed_run set completed_at = null");

        ApplicationRunner seedOnB = seedLoader(b);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> restart;
        try (ClusterLock.Held loadingElsewhere =
                a.getBean(ClusterLock.class).tryAcquire(ClusterLock.SEED).orElseThrow()) {
            restart = pool.submit(() -> {
                seedOnB.run(new DefaultApplicationArguments());
                return null;
            });
            Awaitility.await()
                    .atMost(Duration.ofMinutes(1))
                    .until(() -> "waiting for another node".equals(seedDetail(b)));
            assertThat(seedHealth(b).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(readiness(b).statusCode()).isEqualTo(503);
            assertThat(restart).isNotDone();
        }
        try {
            restart.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdown();
        }

        assertThat(seedDetail(b)).isEqualTo("finished by this node after another stopped");
        assertThat(readiness(b).statusCode()).isEqualTo(200);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(actionId)
                        .count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from seed_run where completed_at is null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class))
                .isEqualTo(11);
    }

    @Test
    void anEventOneNodeNeverDeliveredIsDeliveredByTheOtherOnce() {
        RuntimeService runtime = a.getBean(RuntimeService.class);
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        Long actionId = runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(ProcessGateway.ACTION_PROCESS)
                .orderByProcessInstanceId()
                .desc()
                .list()
                .stream()
                .filter(p -> recoveryTasks(runtime, p.getId()) == 0)
                .map(p -> Long.valueOf(p.getBusinessKey()))
                .findFirst()
                .orElseThrow();
        MilestoneWentOffTrack event = new MilestoneWentOffTrack(actionId, null, "WRES1", "2025/26", 31.2);

        // node b publishes it and commits; its listener holds delivery, as if b died before delivering
        b.getBean(TransactionTemplate.class).executeWithoutResult(tx -> b.publishEvent(event));
        assertThat(openPublications(jdbc, event)).isEqualTo(1);
        assertThat(recoveryTasksOf(runtime, actionId)).isZero();

        // node a resubmits what is outstanding: the lead's recovery task opens, the publication completes
        IncompleteEventPublications onA = a.getBean(IncompleteEventPublications.class);
        onA.resubmitIncompletePublications(p -> p.getEvent() instanceof MilestoneWentOffTrack m
                && event.eventId().equals(m.eventId()));
        assertThat(recoveryTasksOf(runtime, actionId)).isEqualTo(1);
        assertThat(openPublications(jdbc, event)).isZero();

        // delivered again (a second node resubmitting it too, or a restart): nothing more happens
        assertThat(a.getBean(ProcessGateway.class).milestoneOffTrack(event)).isZero();
        assertThat(b.getBean(ProcessGateway.class).milestoneOffTrack(event)).isZero();
        assertThat(recoveryTasksOf(runtime, actionId)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject_type = 'ACTION' and subject_id = ?"
                                + " and event_type = 'MILESTONE_OFF_TRACK' and detail like ?",
                        Integer.class,
                        String.valueOf(actionId),
                        "%WRES1 2025/26 = 31.2%"))
                .isEqualTo(1);
    }

    @Test
    void anAsynchronousListenerOnAHoldingNodeLeavesItsPublicationToTheOtherNode() {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        // a breakdown no figure has: the milestone evaluator finds nothing to change, but must still run
        String breakdown = "cluster-test:" + UUID.randomUUID();
        IndicatorValueRecorded recorded =
                new IndicatorValueRecorded("kmpt", "WRES1", "2025/26", "BAME", breakdown, 1.0);
        ThreadPoolExecutor asyncOnB = b.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class)
                .getThreadPoolExecutor();
        long ranBefore = asyncOnB.getCompletedTaskCount();

        b.getBean(TransactionTemplate.class).executeWithoutResult(tx -> b.publishEvent(recorded));
        // node b's asynchronous listener ran (its task completed) and handled nothing
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> asyncOnB.getCompletedTaskCount() > ranBefore);
        assertThat(openPublications(jdbc, breakdown)).isEqualTo(1);

        a.getBean(IncompleteEventPublications.class)
                .resubmitIncompletePublications(
                        p -> p.getEvent() instanceof IndicatorValueRecorded r && breakdown.equals(r.breakdown()));
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> openPublications(jdbc, breakdown) == 0);
    }

    private static int openPublications(JdbcTemplate jdbc, String text) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Integer.class,
                "%" + text + "%");
    }

    private static int openPublications(JdbcTemplate jdbc, MilestoneWentOffTrack event) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Integer.class,
                "%" + event.eventId() + "%");
    }

    private static long recoveryTasksOf(RuntimeService runtime, Long actionId) {
        ProcessInstance p = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(actionId))
                .singleResult();
        return recoveryTasks(runtime, p.getId());
    }

    private static long recoveryTasks(RuntimeService runtime, String processInstanceId) {
        return runtime.createExecutionQuery()
                        .processInstanceId(processInstanceId)
                        .activityId("respondOffTrack")
                        .count()
                + runtime.createExecutionQuery()
                        .processInstanceId(processInstanceId)
                        .activityId("reviewRecoveryPlan")
                        .count();
    }

    private static ApplicationRunner seedLoader(ConfigurableApplicationContext node) {
        List<ApplicationRunner> loaders = new ArrayList<>();
        node.getBeansOfType(ApplicationRunner.class).forEach((name, runner) -> {
            if (name.equals("seedLoader")) {
                loaders.add(runner);
            }
        });
        assertThat(loaders).hasSize(1);
        return loaders.get(0);
    }

    private static org.springframework.boot.actuate.health.Health seedHealth(ConfigurableApplicationContext node) {
        return node.getBean("seedHealthIndicator", HealthIndicator.class).health();
    }

    private static Object seedDetail(ConfigurableApplicationContext node) {
        return seedHealth(node).getDetails().get("seed");
    }

    private static HttpResponse<String> readiness(ConfigurableApplicationContext node) throws Exception {
        String port = node.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
