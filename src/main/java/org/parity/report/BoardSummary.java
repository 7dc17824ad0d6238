package org.parity.report;

import java.util.List;
import java.util.Map;
import org.parity.report.BoardReport.ExceptionRow;
import org.parity.report.BoardReport.Interval;
import org.parity.report.BoardReport.Scope;

/**
 * What a board reads first: per standard, one row per headline indicator in the standard's own order
 * (WRES 1a, 1b, 1c, 2 to 9; WDES 1 to 10 with 4a to 4d and 9a, 9b; the gender pay gap's gaps, bonus
 * shares and quartiles), then the actions a board must hear about and whether the actions are working.
 * Built from a {@link BoardReport}, so the summary and the full report never disagree.
 */
public record BoardSummary(
        Scope scope,
        List<StandardSummary> standards,
        List<ExceptionRow> exceptions,
        int exceptionsTotal,
        List<Verdict> verdicts,
        Map<String, Integer> verdictCounts,
        List<BoardReport.HighImpactProgress> highImpactActions) {

    /** The summary of a report: its headline rows, its most pressing exceptions, its actions' verdicts. */
    public static BoardSummary of(BoardReport report) {
        return SummaryBuilder.from(report);
    }

    /** The headline rows of one standard; {@code rows} keep the standard's order, with a row for each missing figure. */
    public record StandardSummary(String standard, List<SummaryRow> rows) {}

    /**
     * One headline line. {@code label} is the standard's own number (1a, 2, 4b, ...);
     * {@code changeUnit} says what the change is counted in ({@code percentage-points}, {@code ratio},
     * {@code score}, {@code money}, {@code count}); {@code status} is Parity's rating by the indicator's
     * polarity ({@code better}, {@code worse}, {@code same}, {@code not-rated}, {@code no-data});
     * {@code publishedChange} and {@code publishedWord} are what the source document printed, and
     * {@code publishedDisagrees} is true where its word is not Parity's. {@code comparator} is the
     * comparison group's figure for the same period (White staff, non-disabled staff), when there is one.
     */
    public record SummaryRow(
            String label,
            String indicator,
            String title,
            String group,
            String breakdown,
            String unit,
            String polarity,
            String period,
            Double value,
            String previousPeriod,
            Double previous,
            Double change,
            String changeUnit,
            String status,
            boolean suppressed,
            String publishedChange,
            String publishedWord,
            boolean publishedDisagrees,
            BoardReport.Benchmark nationalBenchmark,
            Interval interval,
            Comparator comparator,
            List<String> flags) {}

    public record Comparator(String group, Double value, boolean suppressed) {}

    /** Whether one action is working: {@code working} is yes, partly, no or no-evidence. */
    public record Verdict(Long actionId, String title, String plan, String status, String rag, String working) {}
}
