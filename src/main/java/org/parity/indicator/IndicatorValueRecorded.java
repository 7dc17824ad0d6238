package org.parity.indicator;

/**
 * Published for each series (organisation, indicator, group, breakdown) an import or a computation
 * stored figures for, with the newest of them, so that milestones linked to the series are evaluated
 * again (module listeners handle it after commit). One event per series, not per row: a 100,000-row
 * import touches few series.
 */
public record IndicatorValueRecorded(
        String organisation, String indicator, String period, String group, String breakdown, Double value) {}
