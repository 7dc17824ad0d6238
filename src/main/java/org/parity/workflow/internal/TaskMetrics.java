package org.parity.workflow.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.parity.common.MetricsProperties;
import org.parity.common.ScrapeCache;
import org.parity.workflow.TaskKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gauges over the task read model: {@code parity_tasks_open{kind}} (one series per task kind, zero
 * when none is open) and {@code parity_tasks_overdue} (open tasks past their due date). Both come from
 * one aggregate query, read at most once per {@code parity.metrics.cache}.
 */
@Component
class TaskMetrics implements MeterBinder {

    /** Open and overdue counts by kind at one moment. */
    record Snapshot(Map<TaskKind, Long> open, long overdue) {

        long open(TaskKind kind) {
            return open.getOrDefault(kind, 0L);
        }
    }

    private final ScrapeCache<Snapshot> snapshot;

    TaskMetrics(
            WorkflowTaskRepository tasks,
            Clock clock,
            PlatformTransactionManager transactions,
            MetricsProperties properties) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.snapshot = new ScrapeCache<>(
                properties.cache(),
                () -> readOnly.execute(status -> read(tasks.countByKind(WorkflowTask.State.OPEN, clock.instant()))));
    }

    static Snapshot read(Iterable<Object[]> rows) {
        Map<TaskKind, Long> open = new EnumMap<>(TaskKind.class);
        long overdue = 0;
        for (Object[] row : rows) {
            open.put((TaskKind) row[0], ((Number) row[1]).longValue());
            overdue += ((Number) row[2]).longValue();
        }
        return new Snapshot(Map.copyOf(open), overdue);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (TaskKind kind : TaskKind.values()) {
            Gauge.builder("parity.tasks.open", snapshot, s -> s.get().open(kind))
                    .description("Open tasks of this kind")
                    .tag("kind", kind.name())
                    .register(registry);
        }
        Gauge.builder("parity.tasks.overdue", snapshot, s -> s.get().overdue())
                .description("Open tasks past their due date")
                .register(registry);
    }
}
