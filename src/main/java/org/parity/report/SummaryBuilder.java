package org.parity.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parity.report.BoardReport.ActionRow;
import org.parity.report.BoardReport.Benchmark;
import org.parity.report.BoardReport.ExceptionRow;
import org.parity.report.BoardReport.IndicatorRow;
import org.parity.report.BoardSummary.SummaryRow;
import org.parity.report.BoardSummary.Verdict;

/** Picks a board summary out of a full report: nothing is computed twice, so the two cannot disagree. */
final class SummaryBuilder {

    /** How many exceptions the summary names; the full report lists them all. */
    static final int TOP_EXCEPTIONS = 5;

    /** Written beside a row whose source document printed a different word than Parity's rating. */
    static final String PUBLISHED_WORD_DIFFERS = "PUBLISHED_WORD_DIFFERS";

    private static final List<String> WORKING_ORDER = List.of("no", "partly", "yes", "no-evidence");

    private SummaryBuilder() {}

    static BoardSummary from(BoardReport report) {
        String asked = report.scope().standard();
        List<String> shown = new ArrayList<>();
        List<SummaryRow> all = new ArrayList<>();
        for (String standard : Headlines.STANDARDS) {
            if (asked != null && !asked.equalsIgnoreCase(standard)) {
                continue;
            }
            List<SummaryRow> rows = Headlines.of(standard).stream()
                    .map(line -> row(line, report.indicators()))
                    .flatMap(Optional::stream)
                    .toList();
            boolean anyFigure = rows.stream().anyMatch(r -> r.period() != null);
            if (asked != null || anyFigure) {
                shown.add(standard);
                all.addAll(rows);
            }
        }
        List<ExceptionRow> exceptions = report.exceptions().stream()
                .sorted(Comparator.comparingInt((ExceptionRow e) -> -e.reasons().size())
                        .thenComparing(ExceptionRow::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(TOP_EXCEPTIONS)
                .toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        WORKING_ORDER.forEach(w -> counts.put(w, 0));
        report.actions().forEach(a -> counts.merge(a.working(), 1, Integer::sum));
        List<Verdict> verdicts = report.actions().stream()
                .sorted(Comparator.comparingInt((ActionRow a) -> WORKING_ORDER.indexOf(a.working()))
                        .thenComparing(ActionRow::title))
                .map(a -> new Verdict(a.id(), a.title(), a.plan(), a.status(), a.rag(), a.working()))
                .toList();
        return new BoardSummary(
                report.scope(),
                List.copyOf(shown),
                List.copyOf(all),
                exceptions,
                report.exceptions().size(),
                verdicts,
                counts,
                report.highImpactActions());
    }

    /** The line's row, or a row saying there is no figure; empty only when the report has nothing of its indicator. */
    private static Optional<SummaryRow> row(Headlines.Line line, List<IndicatorRow> rows) {
        Optional<IndicatorRow> anyOfIndicator =
                rows.stream().filter(r -> r.code().equals(line.indicator())).findFirst();
        if (anyOfIndicator.isEmpty()) {
            return Optional.empty();
        }
        IndicatorRow like = anyOfIndicator.get();
        String title = line.title() != null ? line.title() : like.title();
        Optional<IndicatorRow> found = rows.stream()
                .filter(r -> r.code().equals(line.indicator())
                        && same(r.group(), line.group())
                        && same(r.breakdown(), line.breakdown()))
                .findFirst();
        if (found.isEmpty() || found.get().period() == null) {
            return Optional.of(new SummaryRow(
                    line.standard(),
                    line.label(),
                    line.indicator(),
                    title,
                    line.group(),
                    line.breakdown(),
                    like.unit(),
                    like.polarity(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    changeUnit(like.unit()),
                    ChangeRating.NO_DATA.code(),
                    false,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    List.of()));
        }
        IndicatorRow r = found.get();
        String word = publishedWord(r.publishedChange());
        boolean disagrees = word != null && rated(r.status()) && !word.equals(r.status());
        List<String> flags = new ArrayList<>(r.flags());
        if (disagrees) {
            flags.add(PUBLISHED_WORD_DIFFERS);
        }
        return Optional.of(new SummaryRow(
                line.standard(),
                line.label(),
                line.indicator(),
                title,
                line.group(),
                line.breakdown(),
                r.unit(),
                r.polarity(),
                r.period(),
                r.value(),
                r.previousPeriod(),
                r.previous(),
                r.change(),
                changeUnit(r.unit()),
                r.status(),
                r.suppressed(),
                r.publishedChange(),
                word,
                disagrees,
                national(r),
                r.interval(),
                comparator(line, r, rows),
                List.copyOf(flags)));
    }

    private static BoardSummary.Comparator comparator(Headlines.Line line, IndicatorRow row, List<IndicatorRow> rows) {
        if (line.comparator() == null) {
            return null;
        }
        return rows.stream()
                .filter(r -> r.code().equals(line.indicator())
                        && line.comparator().equals(r.group())
                        && same(r.breakdown(), line.breakdown())
                        && Objects.equals(r.period(), row.period()))
                .findFirst()
                .map(r -> new BoardSummary.Comparator(r.group(), r.value(), r.suppressed()))
                .orElse(null);
    }

    private static Benchmark national(IndicatorRow r) {
        return r.benchmarks().stream()
                .filter(b -> b.label().equals("national"))
                .findFirst()
                .orElse(null);
    }

    /** The last word of a printed change when it is better, worse or same ("0.16 worse": worse). */
    static String publishedWord(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String[] words = printed.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1].replaceAll("[^a-z]", "");
        return switch (last) {
            case "better", "worse", "same" -> last;
            default -> null;
        };
    }

    private static boolean rated(String status) {
        return status.equals(ChangeRating.BETTER.code())
                || status.equals(ChangeRating.WORSE.code())
                || status.equals(ChangeRating.SAME.code());
    }

    /** What a change of a figure in this unit is counted in: a change of a percentage is in percentage points. */
    static String changeUnit(String unit) {
        return switch (unit == null ? "" : unit) {
            case "PERCENT", "PERCENTAGE_POINTS" -> "percentage-points";
            case "RATIO" -> "ratio";
            case "SCORE" -> "score";
            case "MONEY" -> "money";
            default -> "count";
        };
    }

    private static boolean same(String a, String b) {
        return (a == null || a.isEmpty()) ? (b == null || b.isEmpty()) : a.equals(b);
    }
}
