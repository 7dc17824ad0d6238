package org.parity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parity.ParityApplication;
import org.parity.common.Paged;
import org.parity.indicator.internal.MeasurementRepository;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.people.internal.LoginAttempts;
import org.parity.people.internal.ParityUserDetails;
import org.parity.people.internal.SharedSessions;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskQueries.LedAction;
import org.parity.workflow.TaskView;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The whole application on a real PostgreSQL 17 (embedded, in this JVM's test): the migrations run,
 * the schema validates, the seeds load, the engine starts their processes; a restart on the same
 * database loads nothing twice.
 */
class PostgresTest {

    static final String STRONG = "cockpit-" + java.util.UUID.randomUUID();

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ParityApplication.class)
                .profiles("postgres")
                .run(
                        "--PARITY_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--PARITY_DB_USER=postgres",
                        "--PARITY_DB_PASSWORD=",
                        "--CAMUNDA_ADMIN_PASSWORD=" + STRONG,
                        "--server.port=0",
                        // its own engine name: Camunda's webapps find engines in a static registry by name, and
                        // closing this app must not unregister the shared test context's "default" engine
                        "--camunda.bpm.process-engine-name=postgres-test",
                        // no Cockpit either: Camunda's webapps keep their runtime in static fields, and the last app
                        // started in this JVM would leave them pointing at itself after it closes
                        "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--logging.level.root=WARN");
    }

    @Test
    void refusesToStartWithAKnownDefaultPasswordAndNamesTheProperty() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ParityApplication.class)
                        .profiles("postgres")
                        .run(
                                "--PARITY_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                                "--PARITY_DB_USER=postgres",
                                "--PARITY_DB_PASSWORD=",
                                "--PARITY_SEED_DEMO_USERS=true",
                                "--server.port=0",
                                "--camunda.bpm.process-engine-name=postgres-refusal",
                                "--camunda.bpm.webapp.enabled=false",
                                "--logging.level.root=OFF"))
                .hasStackTraceContaining("refuses to start")
                .hasStackTraceContaining("parity.demo.password (PARITY_DEMO_PASSWORD)")
                .hasStackTraceContaining("camunda.bpm.admin-user.password (CAMUNDA_ADMIN_PASSWORD)");
    }

    /**
     * What several nodes share besides the business tables: HTTP sessions (Spring Session JDBC, bytea
     * attributes, the principal-name index) and the sign-in throttle's counts, on PostgreSQL's own SQL.
     */
    private static void sessionsAndTheSignInThrottleWorkOnPostgres(ConfigurableApplicationContext app) {
        @SuppressWarnings("unchecked")
        FindByIndexNameSessionRepository<Session> sessions = app.getBean(FindByIndexNameSessionRepository.class);
        Caller person = new Caller("pg-person@kmpt", "PG Person", EnumSet.of(Role.LEAD), "kmpt", null);
        ParityUserDetails details = new ParityUserDetails(person, "{noop}unused", true, false);
        Session session = sessions.createSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities())));
        sessions.save(session);
        assertThat(sessions.findByPrincipalName("pg-person@kmpt")).containsOnlyKeys(session.getId());
        SecurityContext read = sessions.findById(session.getId())
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((ParityUserDetails) read.getAuthentication().getPrincipal()).caller())
                .isEqualTo(person);
        assertThat(app.getBean(SharedSessions.class).endAll("pg-person@kmpt")).isEqualTo(1);
        assertThat(sessions.findById(session.getId())).isNull();

        LoginAttempts attempts = app.getBean(LoginAttempts.class);
        for (int i = 0; i < 20; i++) {
            assertThat(attempts.throttled("192.0.2.200")).isFalse();
            attempts.countFailure("192.0.2.200");
        }
        assertThat(attempts.throttled("192.0.2.200")).isTrue();
        assertThat(attempts.throttled("192.0.2.201")).isFalse();
    }

    @Test
    void runsOnPostgresAndARestartLoadsNothingTwice() {
        long plans;
        long actions;
        long figures;
        long processes;
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                    .isGreaterThanOrEqualTo(3);
            plans = first.getBean(PlanRepository.class).count();
            actions = first.getBean(ActionRepository.class).count();
            figures = first.getBean(MeasurementRepository.class).count();
            processes = first.getBean(RuntimeService.class)
                    .createProcessInstanceQuery()
                    .count();
            assertThat(plans).isEqualTo(11);
            assertThat(actions).isEqualTo(157);
            assertThat(figures).isGreaterThan(350);
            assertThat(processes).isGreaterThan(100);
            sessionsAndTheSignInThrottleWorkOnPostgres(first);
            worklistsReadTheirModelsOnPostgres(first);
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(PlanRepository.class).count()).isEqualTo(plans);
            assertThat(second.getBean(ActionRepository.class).count()).isEqualTo(actions);
            assertThat(second.getBean(MeasurementRepository.class).count()).isEqualTo(figures);
            assertThat(second.getBean(RuntimeService.class)
                            .createProcessInstanceQuery()
                            .count())
                    .isEqualTo(processes);
        }
    }

    /** The same urgency order as the urgency query before the led_action read model (V49), written out here. */
    private static final String URGENCY_FROM_THE_SOURCE_TABLES = """
            select x.id from (
              select a.id, a.status, a.rag, a.due_date,
                     (select min(t.due_at) from workflow_task t
                       where t.action_id = a.id and t.state = 'OPEN' and t.kind = 'PROGRESS_UPDATE') as next_due,
                     case when exists (select 1 from milestone m
                       where m.action_id = a.id and m.status in ('OFF_TRACK', 'MISSED')) then 1 else 0 end as milestone_off
              from action a join plan p on p.id = a.plan_id
              where a.lead_username = ? and p.organisation_code = ?
            ) x
            order by
              case when x.next_due < ? or (x.status not in ('COMPLETE', 'WITHDRAWN') and x.due_date < ?) then 0 else 1 end,
              case when x.status not in ('COMPLETE', 'WITHDRAWN') and (x.milestone_off = 1 or x.rag = 'RED') then 0 else 1 end,
              x.next_due asc nulls last, x.id
            """;

    /**
     * On PostgreSQL the led_action read model, written before each seeding transaction committed, holds every
     * led action; "My actions" pages walk them in the order the source tables give; and the paged worklists
     * (top rows of each source, merged) give the same rows in the same order as the whole list sorted at once.
     */
    private static void worklistsReadTheirModelsOnPostgres(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        TaskQueries queries = app.getBean(TaskQueries.class);
        assertThat(jdbc.queryForObject("select count(*) from led_action", Long.class))
                .isEqualTo(
                        jdbc.queryForObject("select count(*) from action where lead_username is not null", Long.class))
                .isGreaterThan(100);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        Caller lead = new Caller("lead@kmpt", "Lead", EnumSet.of(Role.LEAD), "kmpt", null);
        List<Long> expected = jdbc.queryForList(
                URGENCY_FROM_THE_SOURCE_TABLES,
                Long.class,
                "lead@kmpt",
                "kmpt",
                java.sql.Timestamp.from(now),
                java.sql.Date.valueOf(today));
        List<Long> walked = new ArrayList<>();
        Paged<LedAction> first = queries.ledBy(lead, now, today, 1, 5);
        for (int p = 1; p <= first.pager().pages(); p++) {
            queries.ledBy(lead, now, today, p, 5)
                    .rows()
                    .forEach(a -> walked.add(a.action().id()));
        }
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(walked).isEqualTo(expected);

        int tasks = 0;
        for (Caller who : List.of(
                lead,
                new Caller("sponsor@kmpt", "Sponsor", EnumSet.of(Role.SPONSOR), "kmpt", null),
                new Caller("edi@kmpt", "EDI", EnumSet.of(Role.EDI), "kmpt", null))) {
            List<TaskView> all = queries.openFor(who);
            List<TaskView> work = new ArrayList<>();
            List<TaskView> decisions = new ArrayList<>();
            for (int p = 1; p <= queries.workOf(who, 1, 3).pager().pages(); p++) {
                work.addAll(queries.workOf(who, p, 3).rows());
            }
            for (int p = 1; p <= queries.decisionsOf(who, 1, 3).pager().pages(); p++) {
                decisions.addAll(queries.decisionsOf(who, p, 3).rows());
            }
            assertThat(work)
                    .isEqualTo(all.stream().filter(t -> !t.kind().isDecision()).toList());
            assertThat(decisions)
                    .containsExactlyInAnyOrderElementsOf(
                            all.stream().filter(t -> t.kind().isDecision()).toList())
                    .isSortedAccordingTo(Comparator.comparing(TaskView::created).thenComparing(TaskView::id));
            tasks += work.size() + decisions.size();
        }
        assertThat(tasks).isGreaterThan(3);
    }
}
