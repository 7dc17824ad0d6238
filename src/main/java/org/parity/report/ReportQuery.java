package org.parity.report;

import java.time.LocalDate;

/**
 * Which report: an organisation; a standard or all (null); a plan or all (null); a period or the latest
 * (null); as of a date (null: today); the whole organisation (null) or one of its units, by code.
 */
public record ReportQuery(
        String organisation, String standard, Long planId, String period, LocalDate asOf, String unit) {

    public ReportQuery {
        standard =
                standard == null || standard.isBlank() ? null : standard.strip().toUpperCase(java.util.Locale.ROOT);
        period = period == null || period.isBlank() ? null : period.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    /** The whole organisation's report. */
    public ReportQuery(String organisation, String standard, Long planId, String period, LocalDate asOf) {
        this(organisation, standard, planId, period, asOf, null);
    }

    /** One unit's report (unit null or blank: the whole organisation's). */
    public static ReportQuery of(String organisation, String standard, String period, String unit) {
        return new ReportQuery(organisation, standard, null, period, null, unit);
    }

    public static ReportQuery of(String organisation, String standard, String period) {
        return new ReportQuery(organisation, standard, null, period, null);
    }

    ReportQuery asOf(LocalDate date) {
        return new ReportQuery(organisation, standard, planId, period, date, unit);
    }
}
