package org.parity.plan;

import java.time.LocalDate;
import java.util.List;
import org.parity.common.Flag;

/** A timescale as printed, with what could be parsed from it and flags for what could not. */
public record Timescale(String text, LocalDate start, LocalDate due, ReviewCadence cadence, List<Flag> flags) {

    public Timescale {
        flags = List.copyOf(flags);
    }
}
