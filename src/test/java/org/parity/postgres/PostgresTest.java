package org.parity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.EnumSet;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parity.ParityApplication;
import org.parity.indicator.internal.MeasurementRepository;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.people.internal.LoginAttempts;
import org.parity.people.internal.ParityUserDetails;
import org.parity.people.internal.SharedSessions;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
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
}
