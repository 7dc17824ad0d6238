package org.parity.plan;

import java.time.Period;

/** How often a progress update falls due. Quarterly unless the plan says otherwise. */
public enum ReviewCadence {
    MONTHLY(Period.ofMonths(1)),
    BIMONTHLY(Period.ofMonths(2)),
    QUARTERLY(Period.ofMonths(3)),
    ANNUAL(Period.ofYears(1));

    private final Period interval;

    ReviewCadence(Period interval) {
        this.interval = interval;
    }

    public Period interval() {
        return interval;
    }
}
