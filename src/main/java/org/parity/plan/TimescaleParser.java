package org.parity.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parity.common.Flag;

/**
 * Reads the free-text timescales real plans carry ("From Sept 2025", "Start 2025; review annually",
 * "From Q2 2025; quarterly tracking", "Ongoing", "showcase event November 2033"). It keeps the text,
 * parses what it can and flags what it cannot, rather than guessing.
 *
 * <p>Rules: a date after "from", "start", "launch", "commence" or "since" is a start; with several
 * dates the earliest is the start and the latest the due date (end of its month, quarter or year);
 * one date without such a word is the due date. Quarters are calendar quarters (Q2 2025 = April to
 * June 2025), flagged as an assumption. A year more than {@value #HORIZON_YEARS} years after the
 * plan starts, or before it by more than two, is impossible: flagged and ignored. The cadence is
 * monthly, bimonthly, quarterly or annual when the text says so, quarterly otherwise.
 */
public final class TimescaleParser {

    public static final int HORIZON_YEARS = 6;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:" + MONTH + "(?:\\s*/\\s*" + MONTH + ")?\\s+(\\d{4})" // month [/month] year
                    + "|q([1-4])\\s+(\\d{4})" // quarter year
                    + "|(early|mid|late|spring|summer|autumn|winter)\\s+(\\d{4})" // season year
                    + "|((?:19|20)\\d{2}))\\b", // bare year
            Pattern.CASE_INSENSITIVE);
    private static final Pattern START_WORD = Pattern.compile(
            "(from|start(?:s|ed|ing)?|launch(?:es|ed)?|commenc(?:e|es|ed)|since|begin(?:s|ning)?)\\W*(?:\\w+\\W+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONGOING = Pattern.compile("\\bongoing\\b|\\bcontinu", Pattern.CASE_INSENSITIVE);

    private TimescaleParser() {}

    /** @param planStartYear the first year of the plan's period, to judge which dates are plausible */
    public static Timescale parse(String text, int planStartYear) {
        if (text == null || text.isBlank()) {
            return new Timescale(
                    null,
                    null,
                    null,
                    ReviewCadence.QUARTERLY,
                    List.of(Flag.of("NO_TIMESCALE", "The document gives no timescale for this action.")));
        }
        List<Flag> flags = new ArrayList<>();
        List<DateSpan> spans = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            DateSpan span = span(m, flags);
            if (span == null) {
                continue;
            }
            int year = span.first().getYear();
            if (year > planStartYear + HORIZON_YEARS || year < planStartYear - 2) {
                flags.add(Flag.of(
                        "IMPOSSIBLE_DATE",
                        "'" + m.group() + "' is implausible for a plan starting in " + planStartYear
                                + "; ignored when scheduling."));
                continue;
            }
            boolean startWord = START_WORD.matcher(text.substring(0, m.start())).find();
            spans.add(new DateSpan(span.first(), span.last(), startWord));
        }
        LocalDate start = null;
        LocalDate due = null;
        if (spans.size() == 1) {
            DateSpan only = spans.get(0);
            if (only.fromWord()) {
                start = only.first();
            } else {
                due = only.last();
            }
        } else if (spans.size() > 1) {
            start = spans.stream()
                    .map(DateSpan::first)
                    .min(LocalDate::compareTo)
                    .orElseThrow();
            due = spans.stream().map(DateSpan::last).max(LocalDate::compareTo).orElseThrow();
        }
        if (spans.isEmpty()) {
            if (ONGOING.matcher(text).find()) {
                flags.add(Flag.of("OPEN_ENDED", "'" + text.strip() + "' gives no dates: no due date is set."));
            } else {
                flags.add(Flag.of(
                        "UNPARSED_TIMESCALE",
                        "No date could be read from '" + text.strip() + "': start and due date left empty."));
            }
        }
        return new Timescale(text.strip(), start, due, cadence(text), flags);
    }

    private static DateSpan span(Matcher m, List<Flag> flags) {
        if (m.group(3) != null) {
            int year = Integer.parseInt(m.group(3));
            YearMonth first = YearMonth.of(year, month(m.group(1)));
            YearMonth last = m.group(2) == null ? first : YearMonth.of(year, month(m.group(2)));
            return new DateSpan(first.atDay(1), last.atEndOfMonth(), false);
        }
        if (m.group(5) != null) {
            int quarter = Integer.parseInt(m.group(4));
            int year = Integer.parseInt(m.group(5));
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            flags.add(Flag.of(
                    "ASSUMED_CALENDAR_QUARTER",
                    "'" + m.group() + "' read as a calendar quarter (from "
                            + first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + year
                            + "), not a financial one."));
            return new DateSpan(first.atDay(1), first.plusMonths(2).atEndOfMonth(), false);
        }
        if (m.group(7) != null) {
            int year = Integer.parseInt(m.group(7));
            return switch (m.group(6).toLowerCase(Locale.UK)) {
                case "early", "spring" -> new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30), false);
                case "mid", "summer" -> new DateSpan(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31), false);
                default -> new DateSpan(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31), false);
            };
        }
        if (m.group(8) != null) {
            int year = Integer.parseInt(m.group(8));
            return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
        }
        return null;
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.UK));
    }

    static ReviewCadence cadence(String text) {
        String t = text.toLowerCase(Locale.UK);
        if (t.contains("bimonthly") || t.contains("bi-monthly")) {
            return ReviewCadence.BIMONTHLY;
        }
        if (t.contains("monthly")) {
            return ReviewCadence.MONTHLY;
        }
        if (t.contains("annual") || t.contains("yearly")) {
            return ReviewCadence.ANNUAL;
        }
        return ReviewCadence.QUARTERLY;
    }

    private record DateSpan(LocalDate first, LocalDate last, boolean fromWord) {}
}
