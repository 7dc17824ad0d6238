package org.parity.indicator;

import java.util.List;

/**
 * An indicator as other modules read it: national (no organisation) or an organisation's local one, its
 * unit, which way is better, the groups it compares and the breakdowns its figures come in.
 */
public record Indicator(
        String code,
        String standardCode,
        String organisationCode,
        String title,
        String description,
        Unit unit,
        Polarity polarity,
        List<String> groups,
        String dataSource,
        List<String> breakdowns,
        List<String> inputs,
        List<String> ratedGroups) {

    public Indicator {
        groups = List.copyOf(groups);
        breakdowns = List.copyOf(breakdowns);
        inputs = List.copyOf(inputs);
        ratedGroups = List.copyOf(ratedGroups);
    }

    /** Which way is better for this group: the polarity, or NEUTRAL for a group the polarity does not speak for. */
    public Polarity polarityFor(String group) {
        if (ratedGroups.isEmpty() || group == null || ratedGroups.contains(group)) {
            return polarity;
        }
        return Polarity.NEUTRAL;
    }

    public boolean isLocal() {
        return organisationCode != null;
    }
}
