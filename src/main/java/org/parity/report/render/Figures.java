package org.parity.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** How figures, dates and codes read in a document: by unit, to sensible precision, in words from messages. */
public final class Figures {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final MessageSource messages;

    public Figures(MessageSource messages) {
        this.messages = messages;
    }

    public String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.UK);
    }

    /** A value in its unit: ratios to two decimals, percentages with a per cent sign, money in pounds. */
    public String value(Double value, String unit) {
        if (value == null) {
            return "";
        }
        return switch (unit == null ? "" : unit) {
            case "RATIO" -> fixed(value, 2);
            case "PERCENT" -> plain(value) + "%";
            case "PERCENTAGE_POINTS" -> plain(value) + " " + msg("report.unit.pp");
            case "MONEY" -> "£" + fixed(value, 2);
            default -> plain(value);
        };
    }

    /** A change with its sign: +1.2, −1.40. */
    public String change(Double change, String unit) {
        if (change == null) {
            return "";
        }
        // a change of a percentage is in percentage points
        String body = value(Math.abs(change), "PERCENT".equals(unit) ? "PERCENTAGE_POINTS" : unit);
        return change > 0 ? "+" + body : change < 0 ? "\u2212" + body : body;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String status(String status) {
        return msg("report.status." + status);
    }

    public static String plain(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Every digit a stored value has, without exponent: for files that scripts read back. */
    public static String plainFull(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static String fixed(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** Text a spreadsheet must not read as a formula: starts with = + - @ or a tab or carriage return. */
    public static boolean formulaLike(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
