package org.parity.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 *
 * <p>The JSON is the contract's: {@code indicators} (the rows of every standard shown, each naming its
 * standard, with the report's row fields), {@code exceptions} (the most pressing, of
 * {@code exceptionsTotal}), {@code actions} (each action's verdict), and {@code highImpactActions}.
 * {@code standardsShown}: the standards summarised, in order (one asked for is shown even without figures).
 */
public record BoardSummary(
        Scope scope,
        List<String> standardsShown,
        List<SummaryRow> indicators,
        List<ExceptionRow> exceptions,
        int exceptionsTotal,
        List<Verdict> actions,
        Map<String, Integer> verdictCounts,
        List<BoardReport.HighImpactProgress> highImpactActions) {

    /** The rows by standard, in the order shown: what the documents lay out as one table per standard. */
    @JsonIgnore
    public List<StandardSummary> standards() {
        return standardsShown.stream()
                .map(s -> new StandardSummary(
                        s,
                        indicators.stream().filter(r -> r.standard().equals(s)).toList()))
                .toList();
    }

    /** The actions with evidence either way, the least working first: the rest are only counted. */
    @JsonIgnore
    public List<Verdict> withEvidence() {
        return actions.stream().filter(v -> !"no-evidence".equals(v.working())).toList();
    }

    /** The summary of a report: its headline rows, its most pressing exceptions, its actions' verdicts. */
    public static BoardSummary of(BoardReport report) {
        return SummaryBuilder.from(report);
    }

    /** The headline rows of one standard; {@code rows} keep the standard's order, with a row for each missing figure. */
    public record StandardSummary(String standard, List<SummaryRow> rows) {}

    /**
     * One headline line. {@code label} is the standard's own number, {@code code} the indicator's (1a, 2, 4b, ...);
     * {@code changeUnit} says what the change is counted in ({@code percentage-points}, {@code ratio},
     * {@code score}, {@code money}, {@code count}); {@code status} is Parity's rating by the indicator's
     * polarity ({@code better}, {@code worse}, {@code same}, {@code not-rated}, {@code no-data});
     * {@code publishedChange} and {@code publishedWord} are what the source document printed, and
     * {@code publishedDisagrees} is true where its word is not Parity's. {@code comparator} is the
     * comparison group's figure for the same period (White staff, non-disabled staff), when there is one.
     */
    public record SummaryRow(
            String standard,
            String label,
            String code,
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
    public record Verdict(Long id, String title, String plan, String status, String rag, String working) {}
}
