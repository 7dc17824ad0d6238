package org.parity.workflow;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.Metrics;
import org.parity.common.MetricsProperties;
import org.parity.common.ScrapeCache;
import org.springframework.stereotype.Component;

/**
 * The process engine's own metrics as Micrometer counters: {@code camunda_engine_total{metric="job-successful"}}
 * and so on, one series per engine metric in {@link #NAMES}. The engine counts in memory and writes its
 * counts to ACT_RU_METER_LOG every 15 minutes; a metrics query's sum is what was written (by every node
 * on the database) plus this node's count not yet written. So the value is the engine's total since its
 * meter log was last cleaned, across the cluster: on several nodes read it with max, not sum. One
 * indexed sum query per name, all read at most once per {@code parity.metrics.cache}.
 */
@Component
class EngineMetrics implements MeterBinder {

    /** The engine metrics bridged (camunda.bpm.metrics.enabled must be true, as in application.yml). */
    static final List<String> NAMES = List.of(
            Metrics.ROOT_PROCESS_INSTANCE_START,
            Metrics.ACTIVTY_INSTANCE_START,
            Metrics.ACTIVTY_INSTANCE_END,
            Metrics.EXECUTED_DECISION_INSTANCES,
            Metrics.EXECUTED_DECISION_ELEMENTS,
            Metrics.JOB_ACQUISITION_ATTEMPT,
            Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE,
            Metrics.JOB_EXECUTION_REJECTED,
            Metrics.JOB_SUCCESSFUL,
            Metrics.JOB_FAILED,
            Metrics.JOB_LOCKED_EXCLUSIVE);

    private final ScrapeCache<Map<String, Long>> totals;

    EngineMetrics(ManagementService management, MetricsProperties properties) {
        this.totals = new ScrapeCache<>(properties.cache(), () -> read(management));
    }

    static Map<String, Long> read(ManagementService management) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String name : NAMES) {
            totals.put(name, management.createMetricsQuery().name(name).sum());
        }
        return Map.copyOf(totals);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : NAMES) {
            FunctionCounter.builder("camunda.engine", totals, t -> t.get().get(name))
                    .description("Process engine metric (total across the nodes sharing the database)")
                    .tag("metric", name)
                    .register(registry);
        }
    }
}
