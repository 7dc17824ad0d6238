package org.parity.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one number parser for everything people type or upload: digits 0-9 only, an optional sign, an
 * optional decimal point and exponent. Not hexadecimal, not NaN or Infinity, not {@code 1.5d}, not
 * other scripts' digits (which {@link BigDecimal} and {@link Integer#parseInt} would quietly accept),
 * not a number too large to be finite.
 */
public final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");

    private Numbers() {}

    /** The decimal number {@code text} spells (surrounding spaces allowed), or empty when it is not one. */
    public static Optional<Double> decimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            return Optional.empty();
        }
        double value = new BigDecimal(t).doubleValue();
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }

    /** The whole number {@code text} spells, or empty when it is not one or lies outside min..max. */
    public static Optional<Long> whole(String text, long min, long max) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (!WHOLE.matcher(t).matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(t);
        return value < min || value > max ? Optional.empty() : Optional.of(value);
    }
}
