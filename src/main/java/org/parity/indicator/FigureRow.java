package org.parity.indicator;

import java.util.List;
import java.util.Map;
import org.parity.common.Flag;

/**
 * One figure as it arrives (seed file, CSV or JSON import), before it is checked and stored; {@code unit}
 * is the code of the organisation's unit it was measured for, or null for the whole organisation.
 */
public record FigureRow(
        String indicator,
        String period,
        String group,
        String breakdown,
        Double value,
        Map<String, Double> inputs,
        String source,
        String document,
        String note,
        List<Flag> flags,
        String publishedChange,
        String unit) {

    /** A figure of the whole organisation. */
    public FigureRow(
            String indicator,
            String period,
            String group,
            String breakdown,
            Double value,
            Map<String, Double> inputs,
            String source,
            String document,
            String note,
            List<Flag> flags,
            String publishedChange) {
        this(indicator, period, group, breakdown, value, inputs, source, document, note, flags, publishedChange, null);
    }

    /** A figure of the whole organisation without a printed change. */
    public FigureRow(
            String indicator,
            String period,
            String group,
            String breakdown,
            Double value,
            Map<String, Double> inputs,
            String source,
            String document,
            String note,
            List<Flag> flags) {
        this(indicator, period, group, breakdown, value, inputs, source, document, note, flags, null);
    }

    public FigureRow {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        flags = flags == null ? List.of() : List.copyOf(flags);
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }
}
