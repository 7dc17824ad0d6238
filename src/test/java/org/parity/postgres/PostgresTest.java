package org.parity.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parity.ParityApplication;
import org.parity.indicator.internal.MeasurementRepository;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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
