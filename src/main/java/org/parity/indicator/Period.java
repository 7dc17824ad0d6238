package org.parity.indicator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: {@code YYYY/YY} for a financial year (workforce data at 31 March of its
 * second year), or {@code YYYY} for a staff-survey year. Periods of one indicator order by first year.
 */
public record Period(String code, int firstYear, boolean financialYear) implements Comparable<Period> {

    private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern CALENDAR = Pattern.compile("(\\d{4})");

    public static Period parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("period is missing");
        }
        String t = text.strip();
        Matcher fy = FINANCIAL.matcher(t);
        if (fy.matches()) {
            int first = Integer.parseInt(fy.group(1));
            int second = Integer.parseInt(fy.group(2));
            if ((first + 1) % 100 != second) {
                throw new IllegalArgumentException(
                        "period '" + t + "': the second year must follow the first (e.g. 2024/25)");
            }
            return new Period(t, first, true);
        }
        if (CALENDAR.matcher(t).matches()) {
            return new Period(t, Integer.parseInt(t), false);
        }
        throw new IllegalArgumentException("period '" + t + "' is neither YYYY/YY nor YYYY");
    }

    /**
     * The date a period's figures describe: 31 March of a financial year's second year (workforce
     * data at 31 March), 31 December of a staff-survey or calendar year.
     */
    public java.time.LocalDate asAt() {
        return financialYear ? java.time.LocalDate.of(firstYear + 1, 3, 31) : java.time.LocalDate.of(firstYear, 12, 31);
    }

    @Override
    public int compareTo(Period other) {
        return Integer.compare(firstYear, other.firstYear);
    }
}
