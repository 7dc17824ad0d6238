package org.parity.report;

import static org.parity.report.FigureSeries.head;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.indicator.Indicator;
import org.parity.indicator.Measurement;
import org.parity.indicator.Polarity;
import org.parity.plan.MilestoneStatus;
import org.parity.plan.PlanSnapshots.ActionFact;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.report.BoardReport.Evidence;

/**
 * Is an action working? Its evidence is its milestones' statuses and the change of each linked
 * indicator (whole groups, no breakdowns) from the figure as at the action's start to the latest one.
 */
final class ActionEvidence {

    /** What the report shows of an action's evidence, and the verdict drawn from it. */
    record Assessment(List<Evidence> evidence, WorkingVerdict verdict) {}

    private record Finding(EvidenceKind kind, String subject, String from, String to, ChangeRating outcome) {

        Evidence toEvidence() {
            return new Evidence(kind.code(), subject, from, to, outcome.code());
        }
    }

    private final FigureSeries figures;
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final LocalDate periodLimit;

    /** {@code indicators}: every indicator an action may link to; {@code period}: the report's, or null. */
    ActionEvidence(FigureSeries figures, List<Indicator> indicators, String period) {
        this.figures = figures;
        indicators.forEach(i -> this.indicators.put(i.code(), i));
        this.periodLimit = period == null ? null : FigureSeries.asAt(period);
    }

    Assessment assess(ActionFact action) {
        List<Finding> findings = new ArrayList<>(milestoneFindings(action));
        if (action.start() != null) {
            action.indicators().forEach(code -> findings.addAll(indicatorFindings(code, action.start())));
        }
        return new Assessment(
                findings.stream().map(Finding::toEvidence).toList(),
                WorkingVerdict.from(findings.stream().map(Finding::outcome).toList()));
    }

    /** Achieved, on track or done is good; off track or missed is bad; pending says nothing. */
    private static ChangeRating outcomeOf(MilestoneStatus status) {
        return switch (status) {
            case ACHIEVED, ON_TRACK, DONE -> ChangeRating.BETTER;
            case OFF_TRACK, MISSED -> ChangeRating.WORSE;
            default -> null;
        };
    }

    private static List<Finding> milestoneFindings(ActionFact action) {
        List<Finding> findings = new ArrayList<>();
        for (MilestoneView m : action.milestones()) {
            ChangeRating outcome = outcomeOf(m.status());
            if (outcome != null) {
                findings.add(new Finding(
                        EvidenceKind.MILESTONE, m.title(), null, m.status().name(), outcome));
            }
        }
        return findings;
    }

    /** Each whole-group series of the indicator with a figure as at the start and a later year's figure. */
    private List<Finding> indicatorFindings(String code, LocalDate start) {
        List<Finding> findings = new ArrayList<>();
        for (List<Measurement> s : figures.of(code)) {
            Measurement head = head(s);
            Polarity polarity = polarityOf(head);
            if (head.breakdown() != null || polarity == null) {
                continue;
            }
            Measurement baseline = FigureSeries.latestAsAt(s, start);
            Measurement latest = FigureSeries.latestAsAt(s, periodLimit);
            if (baseline == null || latest == null || latest.periodYear() <= baseline.periodYear()) {
                continue;
            }
            ChangeRating outcome = ChangeRating.between(polarity, baseline.value(), latest.value());
            if (outcome != ChangeRating.NOT_RATED) {
                String subject = code + (head.groupCode() == null ? "" : " " + head.groupCode());
                findings.add(new Finding(EvidenceKind.INDICATOR, subject, baseline.period(), latest.period(), outcome));
            }
        }
        return findings;
    }

    private Polarity polarityOf(Measurement m) {
        Indicator indicator = indicators.get(m.indicatorCode());
        return indicator == null ? null : indicator.polarityFor(m.groupCode());
    }
}
