package org.parity.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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

    MilestoneEvaluator(
            MilestoneLinks links,
            MeasurementQueries measurements,
            IndicatorCatalogue indicators,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
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
     * load or an upgrade, when no new value has arrived to trigger it); returns how many changed.
     */
    @Transactional
    public int evaluateAll() {
        int changed = 0;
        for (Object[] series : links.allSeries()) {
            changed += reevaluate((String) series[0], (String) series[1], (String) series[2], (String) series[3]);
        }
        return changed;
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
                continue;
            }
            changed++;
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
        }
        return changed;
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
