package org.parity.indicator.web;

import java.util.List;
import java.util.Map;
import org.parity.common.Flag;
import org.parity.indicator.Measurement;

/** A stored figure as the API shows it: the value, what it was computed from, where it came from, its flags. */
record MeasurementJson(String indicator, String period, String group, String breakdown, Double value,
                       Double publishedValue, Map<String, Double> inputs, String source, String document,
                       String note, List<Flag> flags) {

    static MeasurementJson of(Measurement m) {
        return new MeasurementJson(m.getIndicatorCode(), m.getPeriod(), m.getGroupCode(), m.getBreakdown(),
                m.getValue(), m.getPublishedValue(), m.getInputs(), m.getDataSource(), m.getDocument(),
                m.getNote(), m.getFlags());
    }
}
