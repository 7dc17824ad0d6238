package org.parity.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.indicator.HighImpactAction;
import org.parity.indicator.Indicator;
import org.parity.indicator.Measurement;
import org.parity.organisation.OrgUnit;
import org.parity.plan.PlanSnapshots.ActionFact;
import org.parity.plan.PlanSnapshots.PlanFact;
import org.parity.plan.PlanSnapshots.PlanSnapshot;
import org.parity.progress.ProgressUpdate;
import org.parity.report.BoardReport.ActionRow;
import org.parity.report.BoardReport.Scope;
import org.parity.report.BoardReport.Trend;

/**
 * Puts a board report together from data already fetched (no queries here, so its cost is the data's
 * size): decides its scope, then each section computes its part — {@link PerformanceSummary} and
 * {@link Trends}, {@link ActionSection} and {@link ExceptionSection}, {@link NarrativeSection}.
 */
final class ReportBuilder {

    private final ReportQuery query;
    private final ZoneId zone;
    private final FigureSeries figures;
    private final OrgUnit unit;
    private final boolean unitFigures;

    /** {@code query.asOf()} must be set; {@code measurements}: the organisation's figures. */
    ReportBuilder(ReportQuery query, ZoneId zone, List<Measurement> measurements) {
        this(query, zone, measurements, null, false);
    }

    /**
     * One unit's report: its actions only; {@code measurements} are the unit's own figures when
     * {@code unitFigures}, else the organisation's (the unit has none).
     */
    ReportBuilder(ReportQuery query, ZoneId zone, List<Measurement> measurements, OrgUnit unit, boolean unitFigures) {
        this.query = query;
        this.zone = zone;
        this.figures = new FigureSeries(measurements);
        this.unit = unit;
        this.unitFigures = unitFigures;
    }

    /**
     * {@code indicators}: every indicator visible to the organisation (actions may link to any);
     * {@code approved} progress updates and each action's {@code lastSubmitted} update, by action id.
     */
    BoardReport build(
            String organisationName,
            List<Indicator> indicators,
            PlanSnapshot plans,
            List<ProgressUpdate> approved,
            Map<Long, Instant> lastSubmitted,
            List<HighImpactAction> highImpactActions) {
        PlanFact plan = selectedPlan(plans);
        String standard = query.standard() != null ? query.standard() : plan == null ? null : plan.standard();
        List<Indicator> inScope = indicatorsOf(indicators, standard);
        List<ActionFact> actions = actionsOf(plans, standard);
        ActionDeadlines deadlines = new ActionDeadlines(query.asOf(), zone);
        ActionEvidence evidence = new ActionEvidence(figures, indicators, query.period());
        List<ActionRow> actionRows =
                new ActionSection(deadlines, evidence).rows(actions, planTitles(plans), lastSubmitted);
        List<BoardReport.IndicatorRow> indicatorRows =
                new PerformanceSummary(figures, query.period()).rows(inScope, standard);
        return new BoardReport(
                scope(organisationName, standard, plan),
                indicatorRows,
                actionRows,
                ActionSection.counts(actions),
                new ExceptionSection(deadlines).rows(actions, lastSubmitted),
                new NarrativeSection(query.asOf(), zone).entries(approved, actions),
                new Trends(figures).of(inScope),
                HighImpactSection.progress(highImpactActions, actions, indicatorRows));
    }

    /** One indicator's trend, or null when the organisation has no figures of it. */
    Trend trend(Indicator indicator) {
        return new Trends(figures).of(indicator);
    }

    private PlanFact selectedPlan(PlanSnapshot plans) {
        if (query.planId() == null) {
            return null;
        }
        return plans.plans().stream()
                .filter(p -> p.id().equals(query.planId()))
                .findFirst()
                .orElse(null);
    }

    /** The indicators of the standard (all when null), in the order boards read them. */
    private static List<Indicator> indicatorsOf(List<Indicator> indicators, String standard) {
        return indicators.stream()
                .filter(i -> standard == null || standard.equals(i.standardCode()))
                .sorted(IndicatorOrder.FOR_REPORT)
                .toList();
    }

    /** The actions of the query's plan (all when null) whose plan is of the standard (all when null), of the unit if any. */
    private List<ActionFact> actionsOf(PlanSnapshot plans, String standard) {
        Map<Long, String> standards = new HashMap<>();
        plans.plans().forEach(p -> standards.put(p.id(), p.standard()));
        return plans.actions().stream()
                .filter(a -> query.planId() == null || a.planId().equals(query.planId()))
                .filter(a -> standard == null || standard.equals(standards.getOrDefault(a.planId(), "")))
                .filter(a -> unit == null || unit.id().equals(a.unitId()))
                .toList();
    }

    private static Map<Long, String> planTitles(PlanSnapshot plans) {
        Map<Long, String> titles = new HashMap<>();
        plans.plans().forEach(p -> titles.put(p.id(), p.title()));
        return titles;
    }

    private Scope scope(String organisationName, String standard, PlanFact plan) {
        return new Scope(
                query.organisation(),
                organisationName,
                standard,
                query.planId(),
                plan == null ? null : plan.title(),
                query.period(),
                query.asOf(),
                figures.periodsLatestFirst(),
                unit == null ? null : unit.code(),
                unit == null ? null : unit.name(),
                unit == null ? null : unit.kind(),
                unit == null ? null : unitFigures);
    }
}
