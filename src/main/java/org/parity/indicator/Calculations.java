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
            "WDES2", List.of("nondisabled_shortlisted", "nondisabled_appointed", "disabled_shortlisted",
                    "disabled_appointed"),
            "WDES3", List.of("disabled_entered", "disabled_headcount", "nondisabled_entered",
                    "nondisabled_headcount"),
            "WRES9", List.of("board_group_pct", "workforce_group_pct"),
            "WDES10", List.of("board_group_pct", "workforce_group_pct"));

    private Calculations() {
    }

    public static boolean isComputed(String indicatorCode) {
        return INPUTS.containsKey(indicatorCode);
    }

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
        }
        for (String name : in.keySet()) {
            if (!names.contains(name)) {
                throw new InvalidFigureException("inputs." + name, "unknown input " + name + " for " + indicator
                        + " (expected " + String.join(", ", names) + ")");
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
                throw new InvalidFigureException("inputs." + denominatorName, denominatorName + " is zero: the rate is undefined");
            }
            if (numerator > denominator) {
                throw new InvalidFigureException("inputs." + numeratorName, numeratorName + " (" + numerator
                        + ") is greater than " + denominatorName + " (" + denominator + ")");
            }
            rates[pair] = numerator / denominator;
        }
        if (rates[1] == 0) {
            throw new InvalidFigureException("inputs." + names.get(poolFirst ? 3 : 2),
                    "the comparison group's rate is zero: the relative likelihood is undefined");
        }
        return rates[0] / rates[1];
    }

    /**
     * Whether a published figure disagrees with the one computed from its components by more than
     * rounding to the published number of decimals (with a floor of one hundredth).
     */
    public static Optional<String> disagreement(double published, double computed) {
        int decimals = Math.max(0, BigDecimal.valueOf(published).stripTrailingZeros().scale());
        double tolerance = Math.max(0.5 * Math.pow(10, -decimals), 0.005) + 1e-9;
        if (Math.abs(published - computed) <= tolerance) {
            return Optional.empty();
        }
        return Optional.of(String.format(java.util.Locale.UK,
                "published %s but the components give %.2f (difference %.2f)",
                BigDecimal.valueOf(published).stripTrailingZeros().toPlainString(), computed, published - computed));
    }
}
