package org.parity.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Figures computed from raw inputs, with the input names of the public API. Relative likelihoods are
 * kept at full precision; a zero denominator is an error, never an infinity.
 */
public final class Calculations {

    /** Input names per computed indicator, in the order the API documents them. */
    public static final Map<String, List<String>> INPUTS = Map.of(
            "WRES2", List.of("white_shortlisted", "white_appointed", "bame_shortlisted", "bame_appointed"),
            "WRES3", List.of("bame_entered", "bame_headcount", "white_entered", "white_headcount"),
            "WRES4", List.of("white_accessed", "white_headcount", "bame_accessed", "bame_headcount"),
            "WDES2",
                    List.of(
                            "nondisabled_shortlisted",
                            "nondisabled_appointed",
                            "disabled_shortlisted",
                            "disabled_appointed"),
            "WDES3", List.of("disabled_entered", "disabled_headcount", "nondisabled_entered", "nondisabled_headcount"),
            "WRES9", List.of("board_group_pct", "workforce_group_pct"),
            "WDES10", List.of("board_group_pct", "workforce_group_pct"));

    /** NHS England's non-adverse range for relative likelihoods. */
    public static final double NON_ADVERSE_LOWER = 0.80;

    public static final double NON_ADVERSE_UPPER = 1.25;
    private static final double Z95 = 1.96;

    private Calculations() {}

    /** Where a confidence interval lies against the non-adverse range 0.80–1.25. */
    public enum RangePosition {
        /** The whole interval lies within 0.80–1.25: no adverse impact, even allowing for chance. */
        INSIDE,
        /** The whole interval lies outside 0.80–1.25: the disparity is not noise from small numbers. */
        OUTSIDE,
        /** The interval crosses 0.80 or 1.25: the data cannot tell. */
        ACROSS
    }

    /** A 95% confidence interval of a relative likelihood and its position against the non-adverse range. */
    public record Interval(double lower, double upper, RangePosition position) {

        static Interval of(double lower, double upper) {
            RangePosition position;
            if (lower >= NON_ADVERSE_LOWER && upper <= NON_ADVERSE_UPPER) {
                position = RangePosition.INSIDE;
            } else if (upper < NON_ADVERSE_LOWER || lower > NON_ADVERSE_UPPER) {
                position = RangePosition.OUTSIDE;
            } else {
                position = RangePosition.ACROSS;
            }
            return new Interval(lower, upper, position);
        }
    }

    /** True for the relative likelihoods (WRES 2, 3, 4; WDES 2, 3). */
    public static boolean isLikelihood(String indicatorCode) {
        return isComputed(indicatorCode) && !indicatorCode.equals("WRES9") && !indicatorCode.equals("WDES10");
    }

    /**
     * The 95% confidence interval of a relative likelihood by the log method: with a of n1 in the
     * first group and c of n2 in the second, RR = (a/n1) ÷ (c/n2) and the interval is
     * exp(ln RR ± 1.96·√(1/a − 1/n1 + 1/c − 1/n2)). Empty for other indicators, and when a or c is 0
     * (the logarithm is undefined: the figure is flagged for small numbers instead).
     */
    public static Optional<Interval> confidenceInterval(String indicator, Map<String, Double> in) {
        if (!isLikelihood(indicator)) {
            return Optional.empty();
        }
        double[] counts = likelihoodCounts(INPUTS.get(indicator), in);
        double a = counts[0];
        double n1 = counts[1];
        double c = counts[2];
        double n2 = counts[3];
        if (a <= 0 || c <= 0 || n1 <= 0 || n2 <= 0) {
            return Optional.empty();
        }
        double rr = (a / n1) / (c / n2);
        double se = Math.sqrt(Math.max(0, 1 / a - 1 / n1 + 1 / c - 1 / n2));
        return Optional.of(Interval.of(Math.exp(Math.log(rr) - Z95 * se), Math.exp(Math.log(rr) + Z95 * se)));
    }

    /** a, n1, c, n2 of a relative likelihood's inputs (numerator and denominator of each group's rate). */
    private static double[] likelihoodCounts(List<String> names, Map<String, Double> in) {
        boolean poolFirst = names.get(0).endsWith("_shortlisted");
        double[] result = new double[4];
        for (int pair = 0; pair < 2; pair++) {
            String first = names.get(pair * 2);
            String second = names.get(pair * 2 + 1);
            result[pair * 2] = in.get(poolFirst ? second : first);
            result[pair * 2 + 1] = in.get(poolFirst ? first : second);
        }
        return result;
    }

    /**
     * Whether an input is a count of people (staff, applicants, responses), whose smallness makes a
     * figure unreliable: the relative likelihoods' inputs and every headcount.
     */
    public static boolean isCount(String inputName) {
        return inputName.endsWith("headcount")
                || INPUTS.entrySet().stream()
                        .anyMatch(e -> isLikelihood(e.getKey()) && e.getValue().contains(inputName));
    }

    /**
     * Whether a value given for a ratio reads like a percentage: relative likelihoods of ten or
     * more do not occur in practice, while 118 for 1.18 does, in published reports.
     */
    public static boolean looksLikePercentage(double ratio) {
        return ratio >= 10;
    }

    /** A number without a needless ".0". */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static boolean isComputed(String indicatorCode) {
        return INPUTS.containsKey(indicatorCode);
    }

    /** Indicators computed from two percentages; every other computed indicator is computed from counts of people. */
    private static final java.util.Set<String> PERCENT_INPUTS = java.util.Set.of("WRES9", "WDES10");

    /** The value these inputs give, or an exception naming the input that makes it impossible. */
    public static double compute(String indicator, Map<String, Double> in) {
        List<String> names = INPUTS.get(indicator);
        if (names == null) {
            throw new InvalidFigureException("inputs", indicator + " is not computed from inputs");
        }
        for (String name : names) {
            Double v = in.get(name);
            if (v == null) {
                throw new InvalidFigureException("inputs." + name, "input " + name + " is missing");
            }
            if (v < 0) {
                throw new InvalidFigureException("inputs." + name, "input " + name + " must not be negative");
            }
            if (!PERCENT_INPUTS.contains(indicator) && v != Math.rint(v)) {
                throw new InvalidFigureException(
                        "inputs." + name, "input " + name + " counts people: give a whole number, not " + v);
            }
        }
        for (String name : in.keySet()) {
            if (!names.contains(name)) {
                throw new InvalidFigureException(
                        "inputs." + name,
                        "unknown input " + name + " for " + indicator + " (expected " + String.join(", ", names) + ")");
            }
        }
        return switch (indicator) {
            case "WRES9", "WDES10" -> in.get("board_group_pct") - in.get("workforce_group_pct");
            default -> likelihood(in, names);
        };
    }

    /** (a-rate) ÷ (b-rate) where the names come in pairs: a-denominator, a-numerator, b-denominator, b-numerator. */
    private static double likelihood(Map<String, Double> in, List<String> names) {
        // WRES2/WDES2 name the pool first (shortlisted, appointed); WRES3/WRES4/WDES3 name the count first.
        boolean poolFirst = names.get(0).endsWith("_shortlisted");
        double[] rates = new double[2];
        for (int pair = 0; pair < 2; pair++) {
            String first = names.get(pair * 2);
            String second = names.get(pair * 2 + 1);
            String numeratorName = poolFirst ? second : first;
            String denominatorName = poolFirst ? first : second;
            double numerator = in.get(numeratorName);
            double denominator = in.get(denominatorName);
            if (denominator == 0) {
                throw new InvalidFigureException(
                        "inputs." + denominatorName, denominatorName + " is zero: the rate is undefined");
            }
            if (numerator > denominator) {
                throw new InvalidFigureException(
                        "inputs." + numeratorName,
                        numeratorName + " (" + numerator + ") is greater than " + denominatorName + " (" + denominator
                                + ")");
            }
            rates[pair] = numerator / denominator;
        }
        if (rates[1] == 0) {
            throw new InvalidFigureException(
                    "inputs." + names.get(poolFirst ? 3 : 2),
                    "the comparison group's rate is zero: the relative likelihood is undefined");
        }
        return rates[0] / rates[1];
    }

    /**
     * Whether a published figure disagrees with the one computed from its components by more than
     * rounding to the published number of decimals (with a floor of one hundredth).
     */
    public static Optional<String> disagreement(double published, double computed) {
        int decimals =
                Math.max(0, BigDecimal.valueOf(published).stripTrailingZeros().scale());
        double tolerance = Math.max(0.5 * Math.pow(10, -decimals), 0.005) + 1e-9;
        if (Math.abs(published - computed) <= tolerance) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                java.util.Locale.UK,
                "published %s but the components give %.2f (difference %.2f)",
                BigDecimal.valueOf(published).stripTrailingZeros().toPlainString(),
                computed,
                published - computed));
    }
}
