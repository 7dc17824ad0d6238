package org.parity.indicator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One of the six high impact actions of NHS England's equality, diversity and inclusion improvement
 * plan (2023): its code ({@code HIA1} to {@code HIA6}), title, aim and the success measures the plan
 * gives it, each with the national indicators of Parity's catalogue that measure it (none for some).
 */
public record HighImpactAction(String code, int number, String title, String aim, List<SuccessMeasure> measures) {

    public HighImpactAction {
        measures = List.copyOf(measures);
    }

    /** A success measure: its label in the plan (2a), what it measures, and the indicators that do. */
    public record SuccessMeasure(String label, String text, List<String> indicators) {

        public SuccessMeasure {
            indicators = List.copyOf(indicators);
        }
    }

    /** Every indicator that measures one of its success measures, in the plan's order. */
    public List<String> indicators() {
        Set<String> all = new LinkedHashSet<>();
        measures.forEach(m -> all.addAll(m.indicators()));
        return List.copyOf(all);
    }
}
