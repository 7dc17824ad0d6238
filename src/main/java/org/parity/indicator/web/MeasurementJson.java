package org.parity.indicator.web;

import java.util.List;
import java.util.Map;
import org.parity.common.Flag;
import org.parity.indicator.Measurement;

/**
 * A stored figure as the API shows it: the value, what it was computed from, where it came from, its flags,
 * and the change its source document printed, if any; {@code unit} the code of the unit it was measured
 * for (null: the whole organisation).
 */
record MeasurementJson(
        String indicator,
        String period,
        String group,
        String breakdown,
        Double value,
        Double publishedValue,
        Map<String, Double> inputs,
        String source,
        String document,
        String note,
        String publishedChange,
        List<Flag> flags,
        ConfidenceInterval confidenceInterval,
        String unit) {

    /** The 95% interval of a relative likelihood and where it lies against the non-adverse range 0.80–1.25. */
    record ConfidenceInterval(double lower, double upper, double level, String nonAdverseRange) {}

    /** A figure of the whole organisation. */
    static MeasurementJson of(Measurement m) {
        return of(m, Map.of());
    }

    /** A figure, naming its unit by code ({@code unitCodes}: the organisation's units by id). */
    static MeasurementJson of(Measurement m, Map<Long, String> unitCodes) {
        return new MeasurementJson(
                m.indicatorCode(),
                m.period(),
                m.groupCode(),
                m.breakdown(),
                m.value(),
                m.publishedValue(),
                m.inputs(),
                m.dataSource(),
                m.document(),
                m.note(),
                m.publishedChange(),
                m.flags(),
                m.ciLower() == null ? null : new ConfidenceInterval(m.ciLower(), m.ciUpper(), 0.95, m.ciPosition()),
                m.unitId() == null ? null : unitCodes.get(m.unitId()));
    }
}
