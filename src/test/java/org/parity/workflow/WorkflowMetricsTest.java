package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.support.Scrape;
import org.parity.workflow.internal.WorkflowTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The task gauges (parity_tasks_open by kind, parity_tasks_overdue) against the task read model, and the
 * engine's own counters (camunda_engine_total) against the engine's metrics query; both follow a process
 * that starts, a task that is completed and a task that falls overdue.
 */
@ParityTest
class WorkflowMetricsTest extends ProcessTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTaskGaugesMatchTheReadModelAndFollowItsChanges() throws Exception {
        Scrape seeded = Scrape.of(mvc);
        Map<TaskKind, Long> open = openByKind();
        assertThat(open).as("the seeds open tasks").isNotEmpty();
        for (TaskKind kind : TaskKind.values()) {
            assertThat(seeded.value(openSeries(kind)))
                    .as(kind.name())
                    .isEqualTo(open.getOrDefault(kind, 0L).doubleValue());
        }
        assertThat(seeded.value("parity_tasks_overdue")).isEqualTo(overdue());

        ProcessInstance p = startNew();
        Scrape started = Scrape.of(mvc);
        assertThat(started.value(openSeries(TaskKind.SCOPE))).isEqualTo(seeded.value(openSeries(TaskKind.SCOPE)) + 1);

        complete(p, "confirmScope");
        Scrape scoped = Scrape.of(mvc);
        assertThat(scoped.value(openSeries(TaskKind.SCOPE))).isEqualTo(seeded.value(openSeries(TaskKind.SCOPE)));
        assertThat(scoped.value(openSeries(TaskKind.SIGN_OFF)))
                .isEqualTo(seeded.value(openSeries(TaskKind.SIGN_OFF)) + 1);
        assertThat(scoped.value("parity_tasks_overdue")).isEqualTo(seeded.value("parity_tasks_overdue"));

        // the sign-off's due date passes
        String signOff = task(p, "signOffAction").getId();
        jdbc.update(
                "update workflow_task set due_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)),
                signOff);
        assertThat(Scrape.of(mvc).value("parity_tasks_overdue")).isEqualTo(seeded.value("parity_tasks_overdue") + 1);
    }

    @Test
    void theEngineCountersAreTheEnginesOwnMetrics() throws Exception {
        Scrape before = Scrape.of(mvc);
        for (String name : EngineMetrics.NAMES) {
            assertThat(before.value(engineSeries(name)))
                    .as(name)
                    .isEqualTo(management.createMetricsQuery().name(name).sum());
        }
        assertThat(before.value(engineSeries(Metrics.ACTIVTY_INSTANCE_START)))
                .as("the seeded processes started activities")
                .isPositive();

        ProcessInstance p = startUnderWay();
        Scrape started = Scrape.of(mvc);
        assertThat(started.value(engineSeries(Metrics.ROOT_PROCESS_INSTANCE_START)))
                .isEqualTo(before.value(engineSeries(Metrics.ROOT_PROCESS_INSTANCE_START)) + 1);
        assertThat(started.value(engineSeries(Metrics.ACTIVTY_INSTANCE_START)))
                .isGreaterThan(before.value(engineSeries(Metrics.ACTIVTY_INSTANCE_START)));

        // a job run by hand (the update's reminder timer) counts as a successful job
        String job = management
                .createJobQuery()
                .processInstanceId(p.getId())
                .list()
                .get(0)
                .getId();
        management.executeJob(job);
        assertThat(Scrape.of(mvc).value(engineSeries(Metrics.JOB_SUCCESSFUL)))
                .isEqualTo(started.value(engineSeries(Metrics.JOB_SUCCESSFUL)) + 1);
    }

    private static String openSeries(TaskKind kind) {
        return "parity_tasks_open{kind=\"" + kind.name() + "\"}";
    }

    private static String engineSeries(String name) {
        return "camunda_engine_total{metric=\"" + name + "\"}";
    }

    /** Counted row by row here, independently of the gauges' aggregate query. */
    private Map<TaskKind, Long> openByKind() {
        return taskRows.findAll().stream()
                .filter(t -> t.getState() == WorkflowTask.State.OPEN)
                .collect(Collectors.groupingBy(WorkflowTask::getKind, Collectors.counting()));
    }

    private double overdue() {
        Instant now = Instant.now();
        return taskRows.findAll().stream()
                .filter(t -> t.getState() == WorkflowTask.State.OPEN
                        && t.getDueAt() != null
                        && t.getDueAt().isBefore(now))
                .count();
    }
}
