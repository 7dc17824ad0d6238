package org.parity.report;

import static org.parity.report.FigureSeries.head;
import static org.parity.report.FigureSeries.isBenchmark;
import static org.parity.report.FigureSeries.nz;
import static org.parity.report.FigureSeries.small;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.parity.indicator.Indicator;
import org.parity.indicator.Measurement;
import org.parity.report.BoardReport.Trend;
import org.parity.report.BoardReport.TrendSeries;

/** The report's trends: every period of an indicator, one line per group (no breakdowns) and per benchmark. */
final class Trends {

    private final FigureSeries figures;

    Trends(FigureSeries figures) {
        this.figures = figures;
    }

    /** The trends of the indicators that have figures of their own (a benchmark alone makes no trend). */
    List<Trend> of(List<Indicator> indicators) {
        return indicators.stream().map(this::of).filter(Objects::nonNull).toList();
    }

    /** One indicator's trend, or null when it has no figures of its own. */
    Trend of(Indicator indicator) {
        List<List<Measurement>> lines = lines(indicator);
        if (lines.stream().allMatch(FigureSeries::isBenchmark)) {
            return null;
        }
        List<String> periods = periods(lines);
        List<TrendSeries> series =
                lines.stream().map(s -> trendSeries(s, periods)).toList();
        return new Trend(
                indicator.code(),
                indicator.title(),
                indicator.unit() == null ? null : indicator.unit().name(),
                periods,
                series);
    }

    /** The indicator's own groups first, in its group order; then the benchmarks. */
    private List<List<Measurement>> lines(Indicator indicator) {
        return figures.of(indicator.code()).stream()
                .filter(s -> head(s).breakdown() == null || isBenchmark(s))
                .sorted(Comparator.<List<Measurement>, Boolean>comparing(FigureSeries::isBenchmark)
                        .thenComparingInt(s -> PerformanceSummary.groupOrder(indicator.groups(), head(s).groupCode()))
                        .thenComparing(s -> nz(head(s).breakdown())))
                .toList();
    }

    /** Every period of the lines, by year; within a year, in the order first met. */
    private static List<String> periods(List<List<Measurement>> lines) {
        TreeMap<Integer, List<String>> byYear = new TreeMap<>();
        lines.stream().flatMap(List::stream).forEach(m -> {
            List<String> codes = byYear.computeIfAbsent(m.periodYear(), y -> new ArrayList<>());
            if (!codes.contains(m.period())) {
                codes.add(m.period());
            }
        });
        return byYear.values().stream().flatMap(List::stream).toList();
    }

    /** The line's value for each period: null where it has none or the figure is a small number. */
    private static TrendSeries trendSeries(List<Measurement> line, List<String> periods) {
        List<Double> values = new ArrayList<>();
        List<Boolean> suppressed = new ArrayList<>();
        for (String period : periods) {
            Measurement m = line.stream()
                    .filter(x -> x.period().equals(period))
                    .findFirst()
                    .orElse(null);
            values.add(m == null || small(m) ? null : m.value());
            suppressed.add(small(m));
        }
        Measurement head = head(line);
        String label = isBenchmark(head) ? head.breakdown() : head.groupCode();
        return new TrendSeries(label, head.groupCode(), isBenchmark(head), values, suppressed);
    }
}
