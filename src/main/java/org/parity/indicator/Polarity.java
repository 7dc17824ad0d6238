package org.parity.indicator;

/** Which direction is better for an indicator. */
public enum Polarity {
    LOWER_BETTER,
    HIGHER_BETTER,
    /** A relative likelihood: 1.0 is parity, the nearer the better (on a log scale). */
    TOWARDS_PARITY,
    /** A gap or difference: 0 is parity, the nearer the better. */
    TOWARDS_ZERO,
    /** A count or context figure with no better direction (headcount, responses). */
    NEUTRAL;

    /** How much better {@code current} is than {@code previous}: positive better, negative worse. */
    public double improvement(double previous, double current) {
        return switch (this) {
            case LOWER_BETTER -> previous - current;
            case HIGHER_BETTER -> current - previous;
            case TOWARDS_PARITY -> Math.abs(Math.log(previous)) - Math.abs(Math.log(current));
            case TOWARDS_ZERO -> Math.abs(previous) - Math.abs(current);
            case NEUTRAL -> 0;
        };
    }
}
