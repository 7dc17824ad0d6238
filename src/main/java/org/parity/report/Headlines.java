package org.parity.report;

import java.util.List;

/**
 * The headline lines of each standard, in the order NHS England publishes them and boards read them:
 * which indicator, which group and which breakdown each line is, and the group it is compared with.
 */
final class Headlines {

    /**
     * One line: {@code label} as the standard numbers it; {@code breakdown} null for the whole group;
     * {@code title} where the line is one part of its indicator (else the indicator's own title).
     */
    record Line(
            String standard,
            String label,
            String indicator,
            String group,
            String breakdown,
            String comparator,
            String title) {

        Line(String standard, String label, String indicator, String group, String breakdown, String comparator) {
            this(standard, label, indicator, group, breakdown, comparator, null);
        }
    }

    static final List<String> STANDARDS = List.of("WRES", "WDES", "GPG");

    static final List<Line> LINES = List.of(
            new Line("WRES", "1a", "WRES1", "BAME", null, null, "BAME workforce representation: overall"),
            new Line(
                    "WRES",
                    "1b",
                    "WRES1",
                    "BAME",
                    "band:8a+",
                    null,
                    "BAME workforce representation at Agenda for Change band 8a and above"),
            new Line(
                    "WRES",
                    "1c",
                    "WRES1",
                    "BAME",
                    "band:VSM",
                    null,
                    "BAME workforce representation: very senior managers"),
            new Line("WRES", "2", "WRES2", null, null, null),
            new Line("WRES", "3", "WRES3", null, null, null),
            new Line("WRES", "4", "WRES4", null, null, null),
            new Line("WRES", "5", "WRES5", "BAME", null, "WHITE"),
            new Line("WRES", "6", "WRES6", "BAME", null, "WHITE"),
            new Line("WRES", "7", "WRES7", "BAME", null, "WHITE"),
            new Line("WRES", "8", "WRES8", "BAME", null, "WHITE"),
            new Line("WRES", "9", "WRES9", "BAME", null, null),
            new Line("WDES", "1", "WDES1", "DISABLED", null, null, "Disabled workforce representation: overall"),
            new Line("WDES", "2", "WDES2", null, null, null),
            new Line("WDES", "3", "WDES3", null, null, null),
            new Line("WDES", "4a", "WDES4a", "DISABLED", null, "NON_DISABLED"),
            new Line("WDES", "4b", "WDES4b", "DISABLED", null, "NON_DISABLED"),
            new Line("WDES", "4c", "WDES4c", "DISABLED", null, "NON_DISABLED"),
            new Line("WDES", "4d", "WDES4d", "DISABLED", null, "NON_DISABLED"),
            new Line("WDES", "5", "WDES5", "DISABLED", null, "NON_DISABLED"),
            new Line("WDES", "6", "WDES6", "DISABLED", null, "NON_DISABLED"),
            new Line("WDES", "7", "WDES7", "DISABLED", null, "NON_DISABLED"),
            new Line("WDES", "8", "WDES8", "DISABLED", null, null),
            new Line("WDES", "9a", "WDES9a", "DISABLED", null, "NON_DISABLED"),
            new Line("WDES", "9b", "WDES9b", null, null, null),
            new Line("WDES", "10", "WDES10", "DISABLED", null, null),
            new Line("GPG", "mean", "GPG_MEAN_GAP", null, null, null),
            new Line("GPG", "median", "GPG_MEDIAN_GAP", null, null, null),
            new Line("GPG", "mean-bonus", "GPG_MEAN_BONUS_GAP", null, null, null),
            new Line("GPG", "median-bonus", "GPG_MEDIAN_BONUS_GAP", null, null, null),
            new Line("GPG", "bonus-women", "GPG_BONUS_SHARE", "FEMALE", null, null, "Women receiving a bonus"),
            new Line("GPG", "bonus-men", "GPG_BONUS_SHARE", "MALE", null, null, "Men receiving a bonus"),
            new Line("GPG", "q1", "GPG_QUARTILE_1", "FEMALE", null, null, "Women in the lower pay quartile"),
            new Line("GPG", "q2", "GPG_QUARTILE_2", "FEMALE", null, null, "Women in the lower middle pay quartile"),
            new Line("GPG", "q3", "GPG_QUARTILE_3", "FEMALE", null, null, "Women in the upper middle pay quartile"),
            new Line("GPG", "q4", "GPG_QUARTILE_4", "FEMALE", null, null, "Women in the upper pay quartile"));

    private Headlines() {}

    static List<Line> of(String standard) {
        return LINES.stream().filter(l -> l.standard().equals(standard)).toList();
    }
}
