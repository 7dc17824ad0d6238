package org.parity.notification.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Map;
import org.parity.common.MetricsProperties;
import org.parity.common.ScrapeCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gauges over the mail outbox: {@code parity_mails_waiting} (not sent: kept in the outbox because no
 * SMTP server is configured, or being sent now) and {@code parity_mails_failed} (the SMTP server refused
 * or could not be reached). One aggregate query, read at most once per {@code parity.metrics.cache}.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final ScrapeCache<Map<OutboxMail.Status, Long>> counts;

    OutboxMetrics(OutboxMailRepository mails, PlatformTransactionManager transactions, MetricsProperties properties) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.counts =
                new ScrapeCache<>(properties.cache(), () -> readOnly.execute(status -> read(mails.countByStatus())));
    }

    static Map<OutboxMail.Status, Long> read(Iterable<Object[]> rows) {
        Map<OutboxMail.Status, Long> counts = new EnumMap<>(OutboxMail.Status.class);
        for (Object[] row : rows) {
            counts.put((OutboxMail.Status) row[0], ((Number) row[1]).longValue());
        }
        return Map.copyOf(counts);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("parity.mails.waiting", counts, c -> {
                    Map<OutboxMail.Status, Long> now = c.get();
                    return now.getOrDefault(OutboxMail.Status.OUTBOX_ONLY, 0L)
                            + now.getOrDefault(OutboxMail.Status.SENDING, 0L);
                })
                .description("Mails in the outbox not sent (no SMTP server configured, or being sent)")
                .register(registry);
        Gauge.builder("parity.mails.failed", counts, c -> c.get().getOrDefault(OutboxMail.Status.FAILED, 0L))
                .description("Mails the SMTP server refused or could not take")
                .register(registry);
    }
}
