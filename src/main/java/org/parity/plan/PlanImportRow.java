package org.parity.plan;

import java.util.List;

/**
 * One row of an imported plan file, as typed: one action with its plan, theme, people, timescale,
 * measures, indicators, unit, milestones and high impact actions. Rows count from 1 for the first row
 * under the header. Lists inside a cell are separated by {@value #LIST_SEPARATOR}, the parts of one
 * milestone by {@value #PART_SEPARATOR}.
 */
public record PlanImportRow(
        int row,
        String planTitle,
        String standard,
        String period,
        String theme,
        String actionTitle,
        String rationale,
        String lead,
        String sponsor,
        String timescale,
        String successMeasures,
        String indicators,
        String unit,
        String milestones,
        String hias) {

    public static final String LIST_SEPARATOR = ";";
    public static final String PART_SEPARATOR = "|";

    /** The template's columns, in order; every one must be in the header row, in any order. */
    public static final List<String> COLUMNS = List.of(
            "plan_title",
            "standard",
            "period",
            "theme",
            "action_title",
            "rationale",
            "lead",
            "sponsor",
            "timescale",
            "success_measures",
            "indicators",
            "unit",
            "milestones",
            "hias");

    /** The parts of a milestone cell, in order. */
    public static final List<String> MILESTONE_PARTS =
            List.of("title", "indicator", "group", "baseline", "target", "due");

    /** The row's cells in the order of {@link #COLUMNS}. */
    public List<String> cells() {
        return java.util.Arrays.asList(
                planTitle,
                standard,
                period,
                theme,
                actionTitle,
                rationale,
                lead,
                sponsor,
                timescale,
                successMeasures,
                indicators,
                unit,
                milestones,
                hias);
    }

    /** A row from cells in the order of {@link #COLUMNS} (missing cells are empty). */
    public static PlanImportRow of(int row, List<String> cells) {
        String[] c = new String[COLUMNS.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
        }
        return new PlanImportRow(
                row, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]);
    }
}
