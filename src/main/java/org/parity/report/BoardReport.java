package org.parity.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A board progress report of one organisation: what a board reads and what every format renders.
 * {@code indicators} and {@code actions} are the shape API.md names; the rest extends it.
 */
public record BoardReport(
        Scope scope,
        List<IndicatorRow> indicators,
        List<ActionRow> actions,
        Counts counts,
        List<ExceptionRow> exceptions,
        List<NarrativeEntry> narrative,
        List<Trend> trends,
        List<HighImpactProgress> highImpactActions) {

    /**
     * Progress on one of NHS England's six high impact actions: how many of the report's actions serve
     * it ({@code inferredLinks} of them linked by Parity's inference, not by a document or a person), by
     * status and RAG, and the headline figures of the indicators that measure it.
     */
    public record HighImpactProgress(
            String code,
            String title,
            int actions,
            int inferredLinks,
            Map<String, Integer> byStatus,
            Map<String, Integer> byRag,
            List<HighImpactIndicator> indicators) {}

    /** The headline figure of an indicator measuring a high impact action, and whether it got better. */
    public record HighImpactIndicator(
            String code, String group, String period, Double value, String unit, String status) {}

    /**
     * What the report covers. {@code standard}, {@code planId} and {@code period} are null for "all" /
     * "latest"; {@code unit} (its code, name and kind) null for the whole organisation. With a unit,
     * {@code unitFigures} says whose figures the report shows: true the unit's own, false the
     * organisation's (the unit has none of its own).
     */
    public record Scope(
            String organisation,
            String organisationName,
            String standard,
            Long planId,
            String planTitle,
            String period,
            LocalDate asOf,
            List<String> periods,
            String unit,
            String unitName,
            String unitKind,
            Boolean unitFigures) {

        /** The whole organisation's scope. */
        public Scope(
                String organisation,
                String organisationName,
                String standard,
                Long planId,
                String planTitle,
                String period,
                LocalDate asOf,
                List<String> periods) {
            this(
                    organisation,
                    organisationName,
                    standard,
                    planId,
                    planTitle,
                    period,
                    asOf,
                    periods,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /**
     * One series of the performance summary. {@code value}, {@code previous} and {@code change} are null
     * when {@code suppressed} (small numbers: shown as "fewer than 10", never the figure).
     * {@code interval}: of the current figure, for a relative likelihood computed from counts;
     * {@code publishedChange}: the change the source document printed beside the current figure.
     */
    public record IndicatorRow(
            String code,
            String title,
            String standard,
            String unit,
            String polarity,
            String group,
            String breakdown,
            String period,
            Double value,
            String previousPeriod,
            Double previous,
            Double change,
            String status,
            boolean suppressed,
            Double benchmark,
            List<Benchmark> benchmarks,
            List<String> flags,
            Interval interval,
            String publishedChange) {}

    /**
     * The 95% confidence interval of a relative likelihood computed from counts, and where it lies
     * against NHS England's non-adverse range 0.80 to 1.25: {@code INSIDE}, {@code ACROSS} or {@code OUTSIDE}.
     */
    public record Interval(double lower, double upper, String position) {}

    public record Benchmark(String label, String period, Double value) {}

    /** Per action: where it stands, and whether it is working ({@code yes|partly|no|no-evidence}). */
    public record ActionRow(
            Long id,
            Long planId,
            String plan,
            String title,
            String lead,
            String sponsor,
            String status,
            String rag,
            Integer percentComplete,
            LocalDate start,
            LocalDate due,
            boolean overdue,
            boolean updateOverdue,
            String working,
            List<Evidence> evidence) {}

    /**
     * A reason to believe an action works or does not: a milestone's status, or a linked indicator's
     * change since the action started ({@code outcome}: better, worse, same).
     */
    public record Evidence(String kind, String subject, String from, String to, String outcome) {}

    public record Counts(int actions, Map<String, Integer> byStatus, Map<String, Integer> byRag) {}

    /** An action a board must hear about, with every reason: UPDATE_OVERDUE, MILESTONE_OFF_TRACK, MILESTONE_MISSED, RED_RAG, PAST_DUE. */
    public record ExceptionRow(
            Long actionId,
            String title,
            String lead,
            String sponsor,
            LocalDate due,
            List<String> reasons,
            List<String> milestones) {}

    /** A sponsor-approved progress update: the only narrative a report may show. */
    public record NarrativeEntry(
            Long actionId,
            String actionTitle,
            LocalDate date,
            String author,
            String rag,
            Integer percentComplete,
            String narrative,
            String source) {}

    /** Every period the data has of one indicator: one line per group, and benchmark lines. */
    public record Trend(String code, String title, String unit, List<String> periods, List<TrendSeries> series) {}

    /** Values in the order of the trend's periods; null where there is none or it is suppressed. */
    public record TrendSeries(
            String label, String group, boolean benchmark, List<Double> values, List<Boolean> suppressed) {}
}
