package org.parity.report;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parity.indicator.Measurement;
import org.parity.indicator.MeasurementService;
import org.parity.indicator.Period;

/**
 * An organisation's figures as series: one per indicator, group and breakdown, oldest period first.
 * A benchmark is a series whose breakdown starts with {@value #BENCHMARK}; a figure flagged
 * {@code SMALL_NUMBERS} is never shown.
 */
final class FigureSeries {

    static final String BENCHMARK = "benchmark:";

    /** The end dates of the periods seen (a few dozen distinct texts). */
    private static final LoadingCache<String, LocalDate> PERIOD_ENDS =
            Caffeine.newBuilder().maximumSize(1_000).build(FigureSeries::parseAsAt);

    private final List<List<Measurement>> all;
    private final Map<String, List<List<Measurement>>> byIndicator = new HashMap<>();

    FigureSeries(List<Measurement> measurements) {
        Map<String, List<Measurement>> byKey = new LinkedHashMap<>();
        measurements.stream()
                .sorted(Comparator.comparingInt(Measurement::periodYear).thenComparing(Measurement::period))
                .forEach(m ->
                        byKey.computeIfAbsent(key(m), k -> new ArrayList<>()).add(m));
        all = List.copyOf(byKey.values());
        all.forEach(s -> byIndicator
                .computeIfAbsent(s.get(0).indicatorCode(), k -> new ArrayList<>())
                .add(s));
    }

    /** Every series of one indicator (groups, breakdowns and benchmarks), in the order they were first seen. */
    List<List<Measurement>> of(String indicator) {
        return byIndicator.getOrDefault(indicator, List.of());
    }

    boolean hasAny(String indicator) {
        return byIndicator.containsKey(indicator);
    }

    /** Every period the figures have, the latest year first (and, within a year, in code order). */
    List<String> periodsLatestFirst() {
        return all.stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparingInt(Measurement::periodYear)
                        .reversed()
                        .thenComparing(Measurement::period))
                .map(Measurement::period)
                .distinct()
                .toList();
    }

    /** The latest figure with a value as at {@code limit} or before; any period when {@code limit} is null. */
    static Measurement latestAsAt(List<Measurement> series, LocalDate limit) {
        Measurement found = null;
        for (Measurement m : series) {
            if (m.value() != null && (limit == null || !asAt(m.period()).isAfter(limit))) {
                found = m;
            }
        }
        return found;
    }

    /** The latest figure with a value of a year before {@code current}'s. */
    static Measurement previous(List<Measurement> series, Measurement current) {
        Measurement found = null;
        for (Measurement m : series) {
            if (m == current) {
                return found;
            }
            if (m.value() != null && m.periodYear() < current.periodYear()) {
                found = m;
            }
        }
        return found;
    }

    static Measurement head(List<Measurement> series) {
        return series.get(0);
    }

    static boolean isBenchmark(Measurement m) {
        return m.breakdown() != null && m.breakdown().startsWith(BENCHMARK);
    }

    static boolean isBenchmark(List<Measurement> series) {
        return isBenchmark(head(series));
    }

    static boolean small(Measurement m) {
        return m != null && m.hasFlag(MeasurementService.SMALL_NUMBERS);
    }

    /**
     * The date a period ends on (periods of one indicator differ: 2024/25 and 2024); unknown periods last.
     * Remembered: a report of 1,000 actions asks it of the same few periods for every figure of every
     * action's evidence (parsing them again was 6% of the report's CPU).
     */
    static LocalDate asAt(String period) {
        return period == null ? LocalDate.MAX : PERIOD_ENDS.get(period);
    }

    private static LocalDate parseAsAt(String period) {
        try {
            return Period.parse(period).asAt();
        } catch (IllegalArgumentException e) {
            return LocalDate.MAX;
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String key(Measurement m) {
        return m.indicatorCode() + "|" + nz(m.groupCode()) + "|" + nz(m.breakdown());
    }
}
