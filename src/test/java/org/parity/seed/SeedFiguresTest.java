package org.parity.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parity.ParityTest;
import org.parity.common.Flag;
import org.parity.indicator.Measurement;
import org.parity.indicator.internal.MeasurementRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** The figures of the seed documents, with period and group, spot-checked by value; known quirks flagged. */
@ParityTest
class SeedFiguresTest {

    @Autowired
    MeasurementRepository measurements;

    @ParameterizedTest(name = "{0} {1} {2} {3} = {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // org,  indicator,     period,  group, value
                "kmpt,   WRES1,         2024/25, BAME,  30",
                "kmpt,   WRES1,         2021/22, BAME,  23.5",
                "kmpt,   WRES2,         2024/25, -,     1.18",
                "kmpt,   WRES2,         2023/24, -,     2.58",
                "kmpt,   WRES3,         2024/25, -,     2.62",
                "kmpt,   WRES4,         2024/25, -,     0.86",
                "kmpt,   WRES5,         2024,    BAME,  42.7",
                "kmpt,   WRES5,         2023,    BAME,  35.2",
                "kmpt,   WRES5,         2024,    WHITE, 27.1",
                "kmpt,   WRES6,         2024,    BAME,  19.4",
                "kmpt,   WRES7,         2024,    BAME,  50.6",
                "kmpt,   WRES7,         2023,    BAME,  47.3",
                "kmpt,   WRES8,         2024,    BAME,  10.2",
                "kmpt,   WRES8,         2023,    BAME,  13.7",
                "kmpt,   WRES9,         2024/25, WHITE, 17.4",
                "kmpt,   WDES8,         2024,    DISABLED, 78.2",
                "kmpt,   WDES10,        2024/25, DISABLED, -7.8",
                "kmpt,   GPG_MEAN_GAP,  2023/24, -,     13.5",
                "kmpt,   GPG_MEAN_GAP,  2022/23, -,     15.4",
                "kmpt,   GPG_MEAN_GAP,  2021/22, -,     16.4",
                "kmpt,   GPG_MEDIAN_GAP, 2023/24, -,    3.72",
                "kmpt,   GPG_MEAN_BONUS_GAP, 2023/24, -, 19.64",
                "kings,  WRES2,         2023/24, -,     1.65",
                "kings,  WRES3,         2023/24, -,     1.85",
                "kings,  WRES4,         2023/24, -,     1.04",
                "kings,  WRES5,         2023,    BAME,  33.5",
                "ekhuft, EKHUFT_ESR_ETHNICITY_UNDECLARED, 2023/24, -, 22"
            })
    void seededFigureHasItsPeriodGroupAndValue(
            String org, String indicator, String period, String group, double value) {
        Measurement m = find(org, indicator, period, group);
        assertThat(m.value()).isCloseTo(value, within(0.005));
    }

    @Test
    void boardFigureThatContradictsItsComponentsIsComputedAndFlagged() {
        Measurement m = find("kmpt", "WRES9", "2024/25", "BAME");
        assertThat(m.publishedValue()).isEqualTo(-12.8);
        assertThat(m.value()).isCloseTo(-14.6, within(1e-9));
        assertThat(m.inputs()).containsEntry("board_group_pct", 15.4).containsEntry("workforce_group_pct", 30.0);
        assertThat(flag(m, "PUBLISHED_MISMATCH").note()).contains("-12.8").contains("-14.60");
    }

    @Test
    void ratioDescribedInPercentagePointsIsFlagged() {
        assertThat(find("kmpt", "WRES2", "2024/25", null).flags())
                .extracting(Flag::code)
                .contains("RATIO_AS_PERCENT");
    }

    @Test
    void gpgMedianGapOf2022IsFlaggedAgainstItsRates() {
        assertThat(find("kmpt", "GPG_MEDIAN_GAP", "2022/23", null).flags())
                .extracting(Flag::code)
                .contains("PUBLISHED_MISMATCH");
    }

    @Test
    void everyOrganisationHasItsFigures() {
        assertThat(measurements.countByOrganisationCode("kmpt")).isGreaterThan(300);
        assertThat(measurements.countByOrganisationCode("kings")).isEqualTo(22);
        assertThat(measurements.countByOrganisationCode("ekhuft")).isEqualTo(2);
    }

    private Measurement find(String org, String indicator, String period, String group) {
        return measurements
                .findByOrganisationCodeAndIndicatorCodeAndPeriodAndGroupCodeAndBreakdown(
                        org, indicator, period, group == null ? "" : group, "")
                .map(m -> m.view())
                .orElseThrow(() -> new AssertionError("no " + org + " " + indicator + " " + period + " " + group));
    }

    private static Flag flag(Measurement m, String code) {
        List<Flag> found = m.flags().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as("flags of %s %s", m.indicatorCode(), m.period()).isNotEmpty();
        return found.get(0);
    }
}
