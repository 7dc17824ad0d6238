package org.parity.plan.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Map;
import org.parity.common.MetricsProperties;
import org.parity.common.ScrapeCache;
import org.parity.plan.MilestoneStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gauges over the milestones: {@code parity_milestones_off_track} (the latest figure is worse than the
 * straight line to the target) and {@code parity_milestones_missed} (the date passed without the target
 * met). One aggregate query, read at most once per {@code parity.metrics.cache}.
 */
@Component
class MilestoneMetrics implements MeterBinder {

    private final ScrapeCache<Map<MilestoneStatus, Long>> counts;

    MilestoneMetrics(
            MilestoneRepository milestones, PlatformTransactionManager transactions, MetricsProperties properties) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.counts = new ScrapeCache<>(
                properties.cache(), () -> readOnly.execute(status -> read(milestones.countByStatus())));
    }

    static Map<MilestoneStatus, Long> read(Iterable<Object[]> rows) {
        Map<MilestoneStatus, Long> counts = new EnumMap<>(MilestoneStatus.class);
        for (Object[] row : rows) {
            counts.put((MilestoneStatus) row[0], ((Number) row[1]).longValue());
        }
        return Map.copyOf(counts);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("parity.milestones.off.track", counts, c -> c.get().getOrDefault(MilestoneStatus.OFF_TRACK, 0L))
                .description("Milestones off track")
                .register(registry);
        Gauge.builder("parity.milestones.missed", counts, c -> c.get().getOrDefault(MilestoneStatus.MISSED, 0L))
                .description("Milestones whose date passed without their target met")
                .register(registry);
    }
}
