package org.parity.report;

import org.parity.indicator.Polarity;

/** Whether a figure got better or worse from one period to another; written as {@link #code()}. */
enum ChangeRating {
    BETTER("better"),
    WORSE("worse"),
    SAME("same"),
    /** A context figure (neutral polarity), or a likelihood that cannot be compared on a log scale. */
    NOT_RATED("not-rated"),
    /** No earlier figure to compare with. */
    NO_DATA("no-data");

    private final String code;

    ChangeRating(String code) {
        this.code = code;
    }

    /** As the report's JSON, pages and files write it. */
    String code() {
        return code;
    }

    static ChangeRating between(Polarity polarity, double previous, double current) {
        if (previous == current) {
            return SAME;
        }
        if (polarity == Polarity.NEUTRAL || (polarity == Polarity.TOWARDS_PARITY && (previous <= 0 || current <= 0))) {
            return NOT_RATED;
        }
        double improvement = polarity.improvement(previous, current);
        return Math.abs(improvement) < 1e-9 ? SAME : improvement > 0 ? BETTER : WORSE;
    }
}
