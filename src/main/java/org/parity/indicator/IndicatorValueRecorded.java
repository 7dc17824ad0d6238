package org.parity.indicator;

/**
 * Published (after commit) for every stored figure, so that milestones linked to the indicator can
 * be evaluated again.
 */
public record IndicatorValueRecorded(String organisation, String indicator, String period, String group,
                                     String breakdown, Double value) {
}
