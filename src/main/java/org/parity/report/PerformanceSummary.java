package org.parity.report;

import static org.parity.report.FigureSeries.head;
import static org.parity.report.FigureSeries.isBenchmark;
import static org.parity.report.FigureSeries.nz;
import static org.parity.report.FigureSeries.small;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.indicator.Indicator;
import org.parity.indicator.Measurement;
import org.parity.report.BoardReport.Benchmark;
import org.parity.report.BoardReport.IndicatorRow;

/**
 * The report's performance summary: per indicator in scope, one row per group and breakdown with the
 * latest figure against the previous year's, whether that is better or worse, and the benchmarks.
 */
final class PerformanceSummary {

    private static final String NATIONAL = "national";

    private final FigureSeries figures;
    private final LocalDate periodLimit;

    /** {@code period}: the report's period, or null for the latest figures. */
    PerformanceSummary(FigureSeries figures, String period) {
        this.figures = figures;
        this.periodLimit = period == null ? null : FigureSeries.asAt(period);
    }

    /**
     * A national indicator without figures still gets a "no data" row when the report is of its
     * standard, or when other indicators of its standard have figures; a local one does not.
     */
    List<IndicatorRow> rows(List<Indicator> inScope, String standard) {
        Set<String> standardsWithData = inScope.stream()
                .filter(i -> figures.hasAny(i.code()))
                .map(Indicator::standardCode)
                .collect(Collectors.toSet());
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : inScope) {
            List<List<Measurement>> series = shownSeries(indicator);
            if (!series.isEmpty()) {
                series.forEach(s -> rows.add(row(indicator, s)));
            } else if (!indicator.isLocal()
                    && (standard != null || standardsWithData.contains(indicator.standardCode()))) {
                rows.add(noDataRow(indicator));
            }
        }
        return rows;
    }

    /** The series shown as rows: no benchmarks; whole groups before breakdowns, in the indicator's group order. */
    private List<List<Measurement>> shownSeries(Indicator indicator) {
        return figures.of(indicator.code()).stream()
                .filter(s -> !isBenchmark(s))
                .sorted(Comparator.<List<Measurement>, Boolean>comparing(s -> head(s).breakdown() != null)
                        .thenComparingInt(s -> groupOrder(indicator.groups(), head(s).groupCode()))
                        .thenComparing(s -> nz(head(s).breakdown())))
                .toList();
    }

    private IndicatorRow row(Indicator indicator, List<Measurement> series) {
        Measurement first = head(series);
        Measurement current = FigureSeries.latestAsAt(series, periodLimit);
        Measurement previous = current == null ? null : FigureSeries.previous(series, current);
        boolean suppressed = small(current) || small(previous);
        List<Benchmark> benchmarks = first.breakdown() == null && current != null
                ? benchmarks(indicator.code(), first.groupCode(), current)
                : List.of();
        return new IndicatorRow(
                indicator.code(),
                indicator.title(),
                indicator.standardCode(),
                name(indicator.unit()),
                name(indicator.polarity()),
                first.groupCode(),
                first.breakdown(),
                current == null ? null : current.period(),
                shownValue(current),
                previous == null ? null : previous.period(),
                shownValue(previous),
                suppressed ? null : change(current, previous),
                rating(indicator, first, current, previous).code(),
                suppressed,
                national(benchmarks),
                benchmarks,
                flagCodes(current),
                interval(current),
                current == null ? null : current.publishedChange());
    }

    private static BoardReport.Interval interval(Measurement current) {
        return current == null || current.ciLower() == null || current.ciUpper() == null || small(current)
                ? null
                : new BoardReport.Interval(current.ciLower(), current.ciUpper(), current.ciPosition());
    }

    private static IndicatorRow noDataRow(Indicator indicator) {
        return new IndicatorRow(
                indicator.code(),
                indicator.title(),
                indicator.standardCode(),
                name(indicator.unit()),
                name(indicator.polarity()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                ChangeRating.NO_DATA.code(),
                false,
                null,
                List.of(),
                List.of(),
                null,
                null);
    }

    /** Rated by the polarity of the row's group: a rising White share in WRES 1 is not "better". */
    private static ChangeRating rating(
            Indicator indicator, Measurement first, Measurement current, Measurement previous) {
        if (current == null || previous == null) {
            return ChangeRating.NO_DATA;
        }
        return ChangeRating.between(indicator.polarityFor(first.groupCode()), previous.value(), current.value());
    }

    private static Double change(Measurement current, Measurement previous) {
        if (current == null || previous == null) {
            return null;
        }
        return Math.round((current.value() - previous.value()) * 1e6) / 1e6;
    }

    /** The figure, unless there is none or it is a small number. */
    private static Double shownValue(Measurement m) {
        return m == null || small(m) ? null : m.value();
    }

    /** Each benchmark of the row's group: its latest figure as at the row's period. */
    private List<Benchmark> benchmarks(String indicator, String group, Measurement current) {
        LocalDate limit = FigureSeries.asAt(current.period());
        List<Benchmark> found = new ArrayList<>();
        for (List<Measurement> s : figures.of(indicator)) {
            Measurement head = head(s);
            if (!isBenchmark(head) || !nz(head.groupCode()).equals(nz(group))) {
                continue;
            }
            Measurement latest = FigureSeries.latestAsAt(s, limit);
            if (latest != null) {
                String label = head.breakdown().substring(FigureSeries.BENCHMARK.length());
                found.add(new Benchmark(label, latest.period(), latest.value()));
            }
        }
        return found;
    }

    private static Double national(List<Benchmark> benchmarks) {
        return benchmarks.stream()
                .filter(b -> b.label().equals(NATIONAL))
                .map(Benchmark::value)
                .findFirst()
                .orElse(null);
    }

    private static List<String> flagCodes(Measurement current) {
        return current == null
                ? List.of()
                : current.flags().stream().map(f -> f.code()).distinct().toList();
    }

    /** Ungrouped first, then the indicator's groups in its order, then groups it does not list. */
    static int groupOrder(List<String> groups, String group) {
        if (group == null) {
            return -1;
        }
        int i = groups.indexOf(group);
        return i < 0 ? groups.size() : i;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
