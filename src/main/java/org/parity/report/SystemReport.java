package org.parity.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An integrated care system's organisations side by side: headline indicators and actions by status;
 * {@code periods} are the periods any of them has figures for, the latest first (what the period filter offers).
 *
 * <p>Asked for a {@code unitKind} (CARE_GROUP, DIVISION, DIRECTORATE, SITE), the columns are the units of
 * that kind ({@code byUnit} true; a column's key is {@code org/unit}, its figures the unit's own) when at
 * least two organisations have units of that kind; otherwise the organisations as usual ({@code byUnit}
 * false) and {@code organisationsWithKind} says which organisations have such units, if any.
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
        List<String> periods,
        String unitKind,
        boolean byUnit,
        List<String> organisationsWithKind) {

    /** Organisations side by side, no unit kind asked. */
    public SystemReport(
            String system,
            String systemName,
            String standard,
            String period,
            LocalDate asOf,
            List<String> organisations,
            List<SystemRow> indicators,
            List<OrganisationActions> actions,
            List<String> periods) {
        this(
                system,
                systemName,
                standard,
                period,
                asOf,
                organisations,
                indicators,
                actions,
                periods,
                null,
                false,
                null);
    }

    /** One indicator and group; {@code cells} by organisation code, or {@code org/unit} by unit (absent: no figure). */
    public record SystemRow(
            String code, String title, String standard, String unit, String group, Map<String, Cell> cells) {}

    public record Cell(String period, Double value, Double previous, String status, boolean suppressed) {}

    /** One column's actions by status; {@code unit} is the unit's code when the columns are units, else null. */
    public record OrganisationActions(String organisation, String name, BoardReport.Counts counts, String unit) {

        public OrganisationActions(String organisation, String name, BoardReport.Counts counts) {
            this(organisation, name, counts, null);
        }
    }
}
