package org.parity.indicator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parity.common.Flag;

/**
 * One stored figure as other modules read it: a value of one series (organisation, indicator, group,
 * breakdown) for one period, where it came from, its flags and, for relative likelihoods, its interval.
 */
public record Measurement(
        Long id,
        String organisationCode,
        String indicatorCode,
        String period,
        int periodYear,
        String groupCode,
        String breakdown,
        Long unitId,
        Double value,
        Double publishedValue,
        Map<String, Double> inputs,
        String dataSource,
        String document,
        String note,
        String publishedChange,
        List<Flag> flags,
        Instant recordedAt,
        String recordedBy,
        Double ciLower,
        Double ciUpper,
        String ciPosition) {

    /** Where a figure comes from: the sources the five seed documents and the catalogue use. */
    public static final Set<String> SOURCES = Set.of(
            "BOARD",
            "EMPLOYEE_RELATIONS",
            "ESR",
            "LEARNING_DEVELOPMENT",
            "NETWORK",
            "PAYROLL",
            "RECRUITMENT",
            "STAFF_SURVEY");

    public Measurement {
        flags = List.copyOf(flags);
        inputs = inputs == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
    }

    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(f -> f.code().equals(code));
    }
}
