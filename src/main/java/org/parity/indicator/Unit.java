package org.parity.indicator;

import java.util.Optional;

/** What an indicator's value is measured in. */
public enum Unit {
    PERCENT,
    RATIO,
    SCORE,
    MONEY,
    COUNT,
    PERCENTAGE_POINTS;

    /**
     * Why {@code value} cannot be a figure in this unit, or empty when it can: a share of people is 0 to
     * 100 per cent (a gap, measured towards zero, may be negative but never above 100), percentage points
     * between two shares lie within ±100, and likelihoods, scores and counts are never negative.
     */
    public Optional<String> impossible(double value, Polarity polarity) {
        return switch (this) {
            case PERCENT ->
                polarity == Polarity.TOWARDS_ZERO
                        ? (value > 100 ? Optional.of("a gap cannot be more than 100%") : Optional.empty())
                        : (value < 0 || value > 100
                                ? Optional.of("a percentage must be from 0 to 100")
                                : Optional.empty());
            case PERCENTAGE_POINTS ->
                Math.abs(value) > 100
                        ? Optional.of("a difference between two percentages must be from -100 to 100 points")
                        : Optional.empty();
            case RATIO, SCORE, COUNT ->
                value < 0
                        ? Optional.of("a " + name().toLowerCase(java.util.Locale.ROOT) + " cannot be negative")
                        : Optional.empty();
            case MONEY -> Optional.empty();
        };
    }
}
