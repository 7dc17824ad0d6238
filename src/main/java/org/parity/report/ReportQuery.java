package org.parity.report;

import java.time.LocalDate;

/** Which report: an organisation; a standard or all (null); a plan or all (null); a period or the latest (null); as of a date (null: today). */
public record ReportQuery(String organisation, String standard, Long planId, String period, LocalDate asOf) {

    public ReportQuery {
        standard =
                standard == null || standard.isBlank() ? null : standard.strip().toUpperCase(java.util.Locale.ROOT);
        period = period == null || period.isBlank() ? null : period.strip();
    }

    public static ReportQuery of(String organisation, String standard, String period) {
        return new ReportQuery(organisation, standard, null, period, null);
    }

    ReportQuery asOf(LocalDate date) {
        return new ReportQuery(organisation, standard, planId, period, date);
    }
}
