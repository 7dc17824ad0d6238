package org.parity.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An integrated care system's organisations side by side: headline indicators and actions by status;
 * {@code periods} are the periods any of them has figures for, the latest first (what the period filter offers).
 */
public record SystemReport(
        String system,
        String systemName,
        String standard,
        String period,
        LocalDate asOf,
        List<String> organisations,
        List<SystemRow> indicators,
        List<OrganisationActions> actions,
        List<String> periods) {

    /** One indicator and group; {@code cells} by organisation code (absent: no figure). */
    public record SystemRow(
            String code, String title, String standard, String unit, String group, Map<String, Cell> cells) {}

    public record Cell(String period, Double value, Double previous, String status, boolean suppressed) {}

    public record OrganisationActions(String organisation, String name, BoardReport.Counts counts) {}
}
