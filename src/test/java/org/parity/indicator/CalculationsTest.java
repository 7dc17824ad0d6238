package org.parity.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.indicator.Calculations.RangePosition;

/** Confidence intervals of relative likelihoods (log method) and the published-figure helpers. */
class CalculationsTest {

    static Map<String, Double> wres2(
            double whiteShortlisted, double whiteAppointed, double bameShortlisted, double bameAppointed) {
        return Map.of(
                "white_shortlisted",
                whiteShortlisted,
                "white_appointed",
                whiteAppointed,
                "bame_shortlisted",
                bameShortlisted,
                "bame_appointed",
                bameAppointed);
    }

    @Test
    void theLogMethodIntervalOfASmallSampleCrossesTheNonAdverseRange() {
        var ci = Calculations.confidenceInterval("WRES2", wres2(200, 40, 100, 10))
                .orElseThrow();
        assertThat(Calculations.compute("WRES2", wres2(200, 40, 100, 10))).isEqualTo(2.0);
        assertThat(ci.lower()).isCloseTo(1.0440305188522572, within(1e-12));
        assertThat(ci.upper()).isCloseTo(3.8313056254307143, within(1e-12));
        assertThat(ci.position()).isEqualTo(RangePosition.ACROSS);
    }

    @Test
    void theSameRatioFromTenTimesTheCountsLiesWhollyOutside() {
        var ci = Calculations.confidenceInterval("WRES2", wres2(2000, 400, 1000, 100))
                .orElseThrow();
        assertThat(ci.lower()).isCloseTo(1.6283718430447727, within(1e-12));
        assertThat(ci.upper()).isCloseTo(2.4564413939513314, within(1e-12));
        assertThat(ci.position()).isEqualTo(RangePosition.OUTSIDE);
    }

    @Test
    void parityFromLargeCountsLiesWhollyInside() {
        var ci = Calculations.confidenceInterval(
                        "WRES4",
                        Map.of(
                                "white_accessed",
                                2000.0,
                                "white_headcount",
                                10000.0,
                                "bame_accessed",
                                2000.0,
                                "bame_headcount",
                                10000.0))
                .orElseThrow();
        assertThat(ci.lower()).isCloseTo(0.9460714619168522, within(1e-12));
        assertThat(ci.upper()).isCloseTo(1.0570026052512802, within(1e-12));
        assertThat(ci.position()).isEqualTo(RangePosition.INSIDE);
    }

    @Test
    void theCountFirstIndicatorsPairNumeratorAndDenominatorTheOtherWayRound() {
        // WRES3: (bame_entered / bame_headcount) / (white_entered / white_headcount) = (20/1000)/(30/3000) = 2
        Map<String, Double> in = Map.of(
                "bame_entered", 20.0, "bame_headcount", 1000.0, "white_entered", 30.0, "white_headcount", 3000.0);
        var ci = Calculations.confidenceInterval("WRES3", in).orElseThrow();
        double se = Math.sqrt(1 / 20.0 - 1 / 1000.0 + 1 / 30.0 - 1 / 3000.0);
        assertThat(ci.lower()).isCloseTo(2 * Math.exp(-1.96 * se), within(1e-12));
        assertThat(ci.upper()).isCloseTo(2 * Math.exp(1.96 * se), within(1e-12));
        // below 0.80 wholly: the disadvantage runs the other way, still outside the range
        var below = Calculations.confidenceInterval(
                        "WDES3",
                        Map.of(
                                "disabled_entered",
                                100.0,
                                "disabled_headcount",
                                10000.0,
                                "nondisabled_entered",
                                400.0,
                                "nondisabled_headcount",
                                10000.0))
                .orElseThrow();
        assertThat(below.upper()).isLessThan(0.80);
        assertThat(below.position()).isEqualTo(RangePosition.OUTSIDE);
    }

    @Test
    void noIntervalWhenACountIsZeroOrForOtherIndicators() {
        assertThat(Calculations.confidenceInterval("WRES2", wres2(200, 0, 100, 10)))
                .isEmpty();
        assertThat(Calculations.confidenceInterval(
                        "WRES9", Map.of("board_group_pct", 10.0, "workforce_group_pct", 30.0)))
                .isEmpty();
        assertThat(Calculations.confidenceInterval("WRES5", Map.of())).isEmpty();
    }

    @Test
    void countsAndPercentagesAreToldApart() {
        assertThat(Calculations.isCount("bame_appointed")).isTrue();
        assertThat(Calculations.isCount("nondisabled_headcount")).isTrue();
        assertThat(Calculations.isCount("quartile_headcount")).isTrue();
        assertThat(Calculations.isCount("board_group_pct")).isFalse();
        assertThat(Calculations.isCount("male_mean_hourly")).isFalse();
        assertThat(Calculations.looksLikePercentage(118)).isTrue();
        assertThat(Calculations.looksLikePercentage(3.5)).isFalse();
    }
}
