package org.parity.indicator.web;

import java.util.List;
import java.util.Map;
import org.parity.common.Flag;
import org.parity.indicator.Measurement;

/**
 * A stored figure as the API shows it: the value, what it was computed from, where it came from, its flags,
 * and the change its source document printed, if any.
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
        ConfidenceInterval confidenceInterval) {

    /** The 95% interval of a relative likelihood and where it lies against the non-adverse range 0.80–1.25. */
    record ConfidenceInterval(double lower, double upper, double level, String nonAdverseRange) {}

    static MeasurementJson of(Measurement m) {
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
                m.ciLower() == null ? null : new ConfidenceInterval(m.ciLower(), m.ciUpper(), 0.95, m.ciPosition()));
    }
}
