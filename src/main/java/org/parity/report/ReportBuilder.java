package org.parity.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parity.indicator.Indicator;
import org.parity.indicator.Measurement;
import org.parity.indicator.Period;
import org.parity.indicator.Polarity;
import org.parity.plan.ActionStatus;
import org.parity.plan.MilestoneStatus;
import org.parity.plan.PlanSnapshots.ActionFact;
import org.parity.plan.PlanSnapshots.PlanFact;
import org.parity.plan.PlanSnapshots.PlanSnapshot;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.progress.ProgressUpdate;
import org.parity.progress.Rag;
import org.parity.report.BoardReport.ActionRow;
import org.parity.report.BoardReport.Benchmark;
import org.parity.report.BoardReport.Counts;
import org.parity.report.BoardReport.Evidence;
import org.parity.report.BoardReport.ExceptionRow;
import org.parity.report.BoardReport.IndicatorRow;
import org.parity.report.BoardReport.NarrativeEntry;
import org.parity.report.BoardReport.Scope;
import org.parity.report.BoardReport.Trend;
import org.parity.report.BoardReport.TrendSeries;

/** Computes a board report from data already fetched: no queries here, so its cost is the data's size. */
final class ReportBuilder {

    static final String SMALL_NUMBERS = "SMALL_NUMBERS";
    static final String BENCHMARK = "benchmark:";

    private final ReportQuery query;
    private final ZoneId zone;
    private final Map<String, List<Measurement>> seriesByKey = new LinkedHashMap<>();
    private final Map<String, List<List<Measurement>>> seriesByIndicator = new HashMap<>();

    ReportBuilder(ReportQuery query, ZoneId zone, List<Measurement> measurements) {
        this.query = query;
        this.zone = zone;
        measurements.stream()
                .sorted(Comparator.comparingInt(Measurement::periodYear).thenComparing(Measurement::period))
                .forEach(m -> seriesByKey
                        .computeIfAbsent(key(m.indicatorCode(), m.groupCode(), m.breakdown()), k -> new ArrayList<>())
                        .add(m));
        seriesByKey
                .values()
                .forEach(s -> seriesByIndicator
                        .computeIfAbsent(s.get(0).indicatorCode(), k -> new ArrayList<>())
                        .add(s));
    }

    private List<List<Measurement>> allSeriesOf(String indicator) {
        return seriesByIndicator.getOrDefault(indicator, List.of());
    }

    BoardReport build(
            String organisationName,
            List<Indicator> indicators,
            PlanSnapshot plans,
            List<ProgressUpdate> approved,
            Map<Long, Instant> lastSubmitted) {
        PlanFact plan = query.planId() == null
                ? null
                : plans.plans().stream()
                        .filter(p -> p.id().equals(query.planId()))
                        .findFirst()
                        .orElse(null);
        String standard = query.standard() != null ? query.standard() : plan == null ? null : plan.standard();
        List<Indicator> inScope = indicators.stream()
                .filter(i -> standard == null || standard.equals(i.standardCode()))
                .sorted(Comparator.comparingInt((Indicator i) -> standardOrder(i.standardCode()))
                        .thenComparing(Indicator::standardCode)
                        .thenComparing(Indicator::isLocal)
                        .thenComparing(Indicator::code, ReportBuilder::natural))
                .toList();
        Map<String, Indicator> byCode = new HashMap<>();
        inScope.forEach(i -> byCode.put(i.code(), i));
        Set<String> standardsWithData = new LinkedHashSet<>();
        seriesByKey.values().forEach(s -> {
            Indicator i = byCode.get(s.get(0).indicatorCode());
            if (i != null) {
                standardsWithData.add(i.standardCode());
            }
        });

        List<IndicatorRow> rows = new ArrayList<>();
        List<Trend> trends = new ArrayList<>();
        for (Indicator indicator : inScope) {
            List<List<Measurement>> series = seriesOf(indicator);
            if (series.isEmpty()) {
                if (!indicator.isLocal()
                        && (standard != null || standardsWithData.contains(indicator.standardCode()))) {
                    rows.add(new IndicatorRow(
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
                            "no-data",
                            false,
                            null,
                            List.of(),
                            List.of()));
                }
                continue;
            }
            series.forEach(s -> rows.add(row(indicator, s)));
            Trend trend = trend(indicator);
            if (trend != null) {
                trends.add(trend);
            }
        }

        List<ActionFact> actions = plans.actions().stream()
                .filter(a -> query.planId() == null || a.planId().equals(query.planId()))
                .filter(a -> standard == null || standardOf(plans, a).equals(standard))
                .toList();
        Map<Long, String> planTitles = new HashMap<>();
        plans.plans().forEach(p -> planTitles.put(p.id(), p.title()));
        List<ActionRow> actionRows = new ArrayList<>();
        List<ExceptionRow> exceptions = new ArrayList<>();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (ActionStatus s : ActionStatus.values()) {
            byStatus.put(s.name(), 0);
        }
        Map<String, Integer> byRag = new LinkedHashMap<>();
        for (Rag r : Rag.values()) {
            byRag.put(r.name(), 0);
        }
        byRag.put("NONE", 0);
        for (ActionFact a : actions) {
            byStatus.merge(a.status().name(), 1, Integer::sum);
            byRag.merge(a.rag() == null ? "NONE" : a.rag().name(), 1, Integer::sum);
            boolean open = a.status() != ActionStatus.COMPLETE && a.status() != ActionStatus.WITHDRAWN;
            boolean pastDue = open && a.due() != null && a.due().isBefore(query.asOf());
            boolean updateOverdue = updateOverdue(a, lastSubmitted.get(a.id()));
            List<Evidence> evidence = evidence(a);
            actionRows.add(new ActionRow(
                    a.id(),
                    a.planId(),
                    planTitles.get(a.planId()),
                    a.title(),
                    lead(a),
                    sponsor(a),
                    a.status().name(),
                    a.rag() == null ? null : a.rag().name(),
                    a.percentComplete(),
                    a.start(),
                    a.due(),
                    pastDue,
                    updateOverdue,
                    working(evidence),
                    evidence));
            List<String> reasons = new ArrayList<>();
            List<String> milestones = new ArrayList<>();
            if (updateOverdue) {
                reasons.add("UPDATE_OVERDUE");
            }
            if (a.status() != ActionStatus.WITHDRAWN) {
                for (MilestoneStatus bad : List.of(MilestoneStatus.OFF_TRACK, MilestoneStatus.MISSED)) {
                    List<MilestoneView> hit = a.milestones().stream()
                            .filter(m -> m.status() == bad)
                            .toList();
                    if (!hit.isEmpty()) {
                        reasons.add("MILESTONE_" + bad.name());
                        hit.forEach(m -> milestones.add(m.title()));
                    }
                }
            }
            if (open && a.rag() == Rag.RED) {
                reasons.add("RED_RAG");
            }
            if (pastDue) {
                reasons.add("PAST_DUE");
            }
            if (!reasons.isEmpty()) {
                exceptions.add(new ExceptionRow(a.id(), a.title(), lead(a), sponsor(a), a.due(), reasons, milestones));
            }
        }

        Map<Long, String> actionTitles = new HashMap<>();
        actions.forEach(a -> actionTitles.put(a.id(), a.title()));
        Instant endOfAsOf = query.asOf().plusDays(1).atStartOfDay(zone).toInstant();
        List<NarrativeEntry> narrative = approved.stream()
                .filter(u -> actionTitles.containsKey(u.actionId()))
                .filter(u -> decided(u).isBefore(endOfAsOf))
                .filter(u -> u.narrative() != null && !u.narrative().isBlank())
                .map(u -> new NarrativeEntry(
                        u.actionId(),
                        actionTitles.get(u.actionId()),
                        LocalDate.ofInstant(decided(u), zone),
                        u.author(),
                        u.rag() == null ? null : u.rag().name(),
                        u.percentComplete(),
                        u.narrative(),
                        u.sourceDocument()))
                .toList();

        List<String> periods = seriesByKey.values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparingInt(Measurement::periodYear)
                        .reversed()
                        .thenComparing(Measurement::period))
                .map(Measurement::period)
                .distinct()
                .toList();
        Scope scope = new Scope(
                query.organisation(),
                organisationName,
                standard,
                query.planId(),
                plan == null ? null : plan.title(),
                query.period(),
                query.asOf(),
                periods);
        return new BoardReport(
                scope, rows, actionRows, new Counts(actions.size(), byStatus, byRag), exceptions, narrative, trends);
    }

    // ---- performance summary ----

    private List<List<Measurement>> seriesOf(Indicator indicator) {
        List<String> groups = indicator.groups();
        return allSeriesOf(indicator.code()).stream()
                .filter(s -> !isBenchmark(s.get(0)))
                .sorted(Comparator.<List<Measurement>, Boolean>comparing(
                                s -> s.get(0).breakdown() != null)
                        .thenComparingInt(s -> groupOrder(groups, s.get(0).groupCode()))
                        .thenComparing(s -> nz(s.get(0).breakdown())))
                .toList();
    }

    private IndicatorRow row(Indicator indicator, List<Measurement> series) {
        Measurement first = series.get(0);
        Measurement current = current(series);
        Measurement previous = current == null ? null : previous(series, current);
        String status = "no-data";
        Double change = null;
        if (current != null && previous != null) {
            status = status(indicator.polarityFor(first.groupCode()), previous.value(), current.value());
            change = round(current.value() - previous.value());
        }
        boolean suppressed = small(current) || small(previous);
        List<Benchmark> benchmarks = first.breakdown() == null && current != null
                ? benchmarks(indicator.code(), first.groupCode(), current)
                : List.of();
        Double national = benchmarks.stream()
                .filter(b -> b.label().equals("national"))
                .map(Benchmark::value)
                .findFirst()
                .orElse(null);
        List<String> flags = current == null
                ? List.of()
                : current.flags().stream().map(f -> f.code()).distinct().toList();
        return new IndicatorRow(
                indicator.code(),
                indicator.title(),
                indicator.standardCode(),
                name(indicator.unit()),
                name(indicator.polarity()),
                first.groupCode(),
                first.breakdown(),
                current == null ? null : current.period(),
                small(current) || current == null ? null : current.value(),
                previous == null ? null : previous.period(),
                small(previous) || previous == null ? null : previous.value(),
                suppressed ? null : change,
                status,
                suppressed,
                national,
                benchmarks,
                flags);
    }

    /** The latest figure with a value at or before the requested period (periods of one indicator differ: 2024/25 and 2024). */
    private Measurement current(List<Measurement> series) {
        Measurement found = null;
        for (Measurement m : series) {
            if (m.value() != null
                    && (query.period() == null || !asAt(m.period()).isAfter(asAt(query.period())))) {
                found = m;
            }
        }
        return found;
    }

    private static Measurement previous(List<Measurement> series, Measurement current) {
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

    private List<Benchmark> benchmarks(String indicator, String group, Measurement current) {
        List<Benchmark> found = new ArrayList<>();
        for (List<Measurement> s : allSeriesOf(indicator)) {
            Measurement head = s.get(0);
            if (isBenchmark(head) && nz(head.groupCode()).equals(nz(group))) {
                Measurement latest = null;
                for (Measurement m : s) {
                    if (m.value() != null && !asAt(m.period()).isAfter(asAt(current.period()))) {
                        latest = m;
                    }
                }
                if (latest != null) {
                    found.add(new Benchmark(
                            head.breakdown().substring(BENCHMARK.length()), latest.period(), latest.value()));
                }
            }
        }
        return found;
    }

    static String status(Polarity polarity, double previous, double current) {
        if (previous == current) {
            return "same";
        }
        if (polarity == Polarity.NEUTRAL) {
            return "not-rated";
        }
        if (polarity == Polarity.TOWARDS_PARITY && (previous <= 0 || current <= 0)) {
            return "not-rated";
        }
        double improvement = polarity.improvement(previous, current);
        return Math.abs(improvement) < 1e-9 ? "same" : improvement > 0 ? "better" : "worse";
    }

    // ---- trends ----

    Trend trend(Indicator indicator) {
        List<List<Measurement>> lines = new ArrayList<>();
        for (List<Measurement> s : allSeriesOf(indicator.code())) {
            Measurement head = s.get(0);
            if (head.breakdown() == null || isBenchmark(head)) {
                lines.add(s);
            }
        }
        if (lines.stream().noneMatch(s -> !isBenchmark(s.get(0)))) {
            return null;
        }
        lines.sort(Comparator.<List<Measurement>, Boolean>comparing(s -> isBenchmark(s.get(0)))
                .thenComparingInt(s -> groupOrder(indicator.groups(), s.get(0).groupCode()))
                .thenComparing(s -> nz(s.get(0).breakdown())));
        TreeMap<Integer, List<String>> byYear = new TreeMap<>();
        lines.stream().flatMap(List::stream).forEach(m -> {
            List<String> codes = byYear.computeIfAbsent(m.periodYear(), y -> new ArrayList<>());
            if (!codes.contains(m.period())) {
                codes.add(m.period());
            }
        });
        List<String> periods = byYear.values().stream().flatMap(List::stream).toList();
        List<TrendSeries> series = new ArrayList<>();
        for (List<Measurement> s : lines) {
            Measurement head = s.get(0);
            List<Double> values = new ArrayList<>();
            List<Boolean> suppressed = new ArrayList<>();
            for (String p : periods) {
                Measurement m =
                        s.stream().filter(x -> x.period().equals(p)).findFirst().orElse(null);
                values.add(m == null || small(m) ? null : m.value());
                suppressed.add(m != null && small(m));
            }
            String label = isBenchmark(head) ? head.breakdown() : head.groupCode();
            series.add(new TrendSeries(label, head.groupCode(), isBenchmark(head), values, suppressed));
        }
        return new Trend(indicator.code(), indicator.title(), name(indicator.unit()), periods, series);
    }

    // ---- actions ----

    private boolean updateOverdue(ActionFact a, Instant lastSubmitted) {
        if (a.status() != ActionStatus.IN_PROGRESS || a.cadence() == null) {
            return false;
        }
        LocalDate since = lastSubmitted != null ? LocalDate.ofInstant(lastSubmitted, zone) : a.start();
        return since != null && since.plus(a.cadence().interval()).isBefore(query.asOf());
    }

    /** Milestones' statuses and the linked indicators' change since the action started. */
    private List<Evidence> evidence(ActionFact a) {
        List<Evidence> evidence = new ArrayList<>();
        for (MilestoneView m : a.milestones()) {
            String outcome = switch (m.status()) {
                case ACHIEVED, ON_TRACK, DONE -> "better";
                case OFF_TRACK, MISSED -> "worse";
                default -> null;
            };
            if (outcome != null) {
                evidence.add(
                        new Evidence("milestone", m.title(), null, m.status().name(), outcome));
            }
        }
        if (a.start() == null) {
            return evidence;
        }
        for (String code : a.indicators()) {
            for (List<Measurement> s : allSeriesOf(code)) {
                Measurement head = s.get(0);
                if (head.breakdown() != null) {
                    continue;
                }
                Measurement baseline = null;
                for (Measurement m : s) {
                    if (m.value() != null && !asAt(m.period()).isAfter(a.start())) {
                        baseline = m;
                    }
                }
                Measurement latest = current(s);
                if (baseline == null
                        || latest == null
                        || latest.periodYear() <= baseline.periodYear()
                        || polarity(head) == null) {
                    continue;
                }
                String outcome = status(polarity(head), baseline.value(), latest.value());
                if (!outcome.equals("not-rated")) {
                    String subject = code + (head.groupCode() == null ? "" : " " + head.groupCode());
                    evidence.add(new Evidence("indicator", subject, baseline.period(), latest.period(), outcome));
                }
            }
        }
        return evidence;
    }

    private final Map<String, Indicator> polarities = new HashMap<>();

    ReportBuilder polarities(List<Indicator> indicators) {
        indicators.forEach(i -> polarities.put(i.code(), i));
        return this;
    }

    private Polarity polarity(Measurement m) {
        Indicator indicator = polarities.get(m.indicatorCode());
        return indicator == null ? null : indicator.polarityFor(m.groupCode());
    }

    static String working(List<Evidence> evidence) {
        long good = evidence.stream().filter(e -> e.outcome().equals("better")).count();
        long bad = evidence.stream().filter(e -> e.outcome().equals("worse")).count();
        if (good == 0 && bad == 0) {
            return "no-evidence";
        }
        return bad == 0 ? "yes" : good == 0 ? "no" : "partly";
    }

    private static String lead(ActionFact a) {
        return person(a.leadRole(), a.leadUsername());
    }

    private static String sponsor(ActionFact a) {
        return person(a.sponsorRole(), a.sponsorUsername());
    }

    private static String person(String role, String username) {
        if (role == null || role.isBlank()) {
            return username;
        }
        return username == null ? role : role + " (" + username + ")";
    }

    private static String standardOf(PlanSnapshot plans, ActionFact a) {
        return plans.plans().stream()
                .filter(p -> p.id().equals(a.planId()))
                .map(PlanFact::standard)
                .findFirst()
                .orElse("");
    }

    private static Instant decided(ProgressUpdate u) {
        return u.decidedAt() != null ? u.decidedAt() : u.submittedAt();
    }

    // ---- helpers ----

    private static boolean small(Measurement m) {
        return m != null && m.hasFlag(SMALL_NUMBERS);
    }

    private static boolean isBenchmark(Measurement m) {
        return m.breakdown() != null && m.breakdown().startsWith(BENCHMARK);
    }

    static LocalDate asAt(String period) {
        try {
            return Period.parse(period).asAt();
        } catch (IllegalArgumentException e) {
            return LocalDate.MAX;
        }
    }

    private static int groupOrder(List<String> groups, String group) {
        int i = group == null ? -1 : groups.indexOf(group);
        return group == null ? -1 : i < 0 ? groups.size() : i;
    }

    static String key(String indicator, String group, String breakdown) {
        return indicator + "|" + nz(group) + "|" + nz(breakdown);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static Double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    /** The national standards first, in the order boards know them; then the wider EDI plans. */
    static int standardOrder(String standard) {
        int i = List.of("WRES", "WDES", "GPG", "EDI").indexOf(standard);
        return i < 0 ? 4 : i;
    }

    /** WDES2 before WDES10: digits compare as numbers. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = Long.compare(
                        Long.parseLong(a.substring(si, Math.min(i, si + 18))),
                        Long.parseLong(b.substring(sj, Math.min(j, sj + 18))));
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
