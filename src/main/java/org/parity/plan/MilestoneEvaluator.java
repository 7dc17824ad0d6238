package org.parity.plan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parity.audit.AuditLog;
import org.parity.indicator.Indicator;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.indicator.IndicatorValueRecorded;
import org.parity.indicator.Measurement;
import org.parity.indicator.MeasurementQueries;
import org.parity.indicator.Period;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.MilestoneLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-evaluates, on every new value, each milestone linked to that indicator for the same
 * organisation, group and breakdown, by {@link MilestoneEvaluation}, against the series' latest
 * value. A milestone that turns off track publishes {@link MilestoneWentOffTrack} once per change.
 */
@Service
public class MilestoneEvaluator {

    private final MilestoneLinks links;
    private final MeasurementQueries measurements;
    private final IndicatorCatalogue indicators;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final EntityManager entityManager;

    MilestoneEvaluator(
            MilestoneLinks links,
            MeasurementQueries measurements,
            IndicatorCatalogue indicators,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.links = links;
        this.measurements = measurements;
        this.indicators = indicators;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(IndicatorValueRecorded recorded) {
        reevaluate(recorded.organisation(), recorded.indicator(), recorded.group(), recorded.breakdown());
    }

    /**
     * Evaluates every indicator-linked milestone against the figures already stored (after a seed
     * load or an upgrade, when no new value has arrived to trigger it); returns how many changed. One
     * organisation at a time: its linked milestones in one query, the latest value of each of its series in
     * another, and its changes written before the next organisation's are read, so the work grows with the
     * number of milestones and not with its square.
     */
    @Transactional
    public int evaluateAll() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Optional<Indicator>> catalogue = new HashMap<>();
        int changed = 0;
        for (String organisation : links.organisationsLinked()) {
            Map<List<String>, Measurement> latest = new HashMap<>();
            for (Measurement m : measurements.latestOfEachSeries(organisation)) {
                latest.put(seriesKey(m.indicatorCode(), m.groupCode(), m.breakdown()), m);
            }
            for (Milestone m : links.linkedIn(organisation)) {
                Indicator indicator = catalogue
                        .computeIfAbsent(m.getIndicatorCode(), indicators::find)
                        .orElse(null);
                if (indicator == null || m.getStatus() == MilestoneStatus.DONE) {
                    continue;
                }
                Measurement value = latest.get(seriesKey(m.getIndicatorCode(), m.getGroupCode(), m.getBreakdown()));
                if (evaluate(m, organisation, indicator, value, today)) {
                    changed++;
                }
            }
            // write this organisation's changes and forget its entities, so the next one's reads do not
            // first check every milestone read so far for changes
            entityManager.flush();
            entityManager.clear();
        }
        return changed;
    }

    private static List<String> seriesKey(String indicator, String group, String breakdown) {
        return List.of(
                indicator,
                group == null || group.isBlank() ? "" : group,
                breakdown == null || breakdown.isBlank() ? "" : breakdown);
    }

    /**
     * Time passing, with no new figure: every linked milestone still on track, off track or pending whose
     * deadline passed before {@code today} is evaluated again as of that day, so one not achieved becomes
     * MISSED (audited like any evaluation). Returns how many changed. Run daily by bpmn/daily-sweep.bpmn.
     */
    @Transactional
    public int evaluateDeadlinesPassed(LocalDate today) {
        int changed = 0;
        for (Object[] series : links.seriesPastDeadline(
                List.of(MilestoneStatus.ON_TRACK, MilestoneStatus.OFF_TRACK, MilestoneStatus.PENDING), today)) {
            changed +=
                    reevaluate((String) series[0], (String) series[1], (String) series[2], (String) series[3], today);
        }
        return changed;
    }

    /** Evaluates the linked milestones again; returns how many changed status. */
    @Transactional
    public int reevaluate(String organisation, String indicatorCode, String group, String breakdown) {
        return reevaluate(organisation, indicatorCode, group, breakdown, LocalDate.now(clock));
    }

    private int reevaluate(String organisation, String indicatorCode, String group, String breakdown, LocalDate today) {
        Indicator indicator = indicators.find(indicatorCode).orElse(null);
        if (indicator == null) {
            return 0;
        }
        Measurement latest = measurements
                .latest(organisation, indicatorCode, group, breakdown)
                .orElse(null);
        int changed = 0;
        for (Milestone m : links.linkedTo(organisation, indicatorCode)) {
            if (m.getStatus() == MilestoneStatus.DONE
                    || !same(m.getGroupCode(), group)
                    || !same(m.getBreakdown(), breakdown)) {
                continue;
            }
            if (evaluate(m, organisation, indicator, latest, today)) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * Evaluates one milestone against its series' latest value (null: none): on a change stores the new
     * status, audits it and, when it went off track, publishes {@link MilestoneWentOffTrack}. True when it
     * changed.
     */
    private boolean evaluate(
            Milestone m, String organisation, Indicator indicator, Measurement latest, LocalDate today) {
        String indicatorCode = indicator.code();
        MilestoneEvaluation.Goal goal = new MilestoneEvaluation.Goal(
                indicator.polarity(),
                m.getBaseline(),
                dateOf(m.getBaselinePeriod()),
                m.getTarget(),
                dateOf(m.getTargetPeriod()),
                m.getDue());
        MilestoneStatus before = m.getStatus();
        MilestoneStatus now = MilestoneEvaluation.evaluate(
                goal,
                latest == null ? null : latest.value(),
                latest == null ? null : Period.parse(latest.period()).asAt(),
                today);
        if (now == before) {
            return false;
        }
        m.setStatus(now);
        audit.record(AuditLog.Entry.of("system", organisation, "MILESTONE", m.getId(), "MILESTONE_EVALUATED")
                .states(before.name(), now.name())
                .detail(
                        latest == null
                                ? "no value"
                                : indicatorCode + " " + latest.period() + " = " + latest.value() + " (baseline "
                                        + m.getBaseline() + ", target " + m.getTarget() + ")"));
        if (now == MilestoneStatus.OFF_TRACK) {
            events.publishEvent(new MilestoneWentOffTrack(
                    m.getActionId(), m.getId(), indicatorCode, latest.period(), latest.value()));
        }
        return true;
    }

    private static LocalDate dateOf(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        try {
            return Period.parse(period).asAt();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null || a.isBlank() ? null : a, b == null || b.isBlank() ? null : b);
    }
}
