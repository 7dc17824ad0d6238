package org.parity.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Computed indicators with the input names of API.md. */
class ComputedIndicatorsTest {

    @Test
    void wres2IsTheWhiteAppointmentRateOverTheBameRate() {
        double v = Calculations.compute(
                "WRES2",
                Map.of(
                        "white_shortlisted",
                        400.0,
                        "white_appointed",
                        100.0,
                        "bame_shortlisted",
                        300.0,
                        "bame_appointed",
                        50.0));
        assertThat(v).isCloseTo((100.0 / 400) / (50.0 / 300), within(1e-12));
    }

    @Test
    void wres3IsTheBameEntryRateOverTheWhiteRate() {
        double v = Calculations.compute(
                "WRES3",
                Map.of(
                        "bame_entered",
                        10.0,
                        "bame_headcount",
                        1000.0,
                        "white_entered",
                        8.0,
                        "white_headcount",
                        2100.0));
        assertThat(v).isCloseTo((10.0 / 1000) / (8.0 / 2100), within(1e-12));
    }

    @Test
    void boardDifferenceIsBoardMinusWorkforce() {
        assertThat(Calculations.compute("WRES9", Map.of("board_group_pct", 15.4, "workforce_group_pct", 30.0)))
                .isCloseTo(-14.6, within(1e-9));
    }

    @Test
    void aZeroDenominatorIsAnErrorNamingTheInput() {
        assertThatThrownBy(() -> Calculations.compute(
                        "WDES2",
                        Map.of(
                                "nondisabled_shortlisted",
                                0.0,
                                "nondisabled_appointed",
                                0.0,
                                "disabled_shortlisted",
                                10.0,
                                "disabled_appointed",
                                1.0)))
                .isInstanceOf(InvalidFigureException.class)
                .hasMessageContaining("nondisabled_shortlisted is zero")
                .extracting(e -> ((InvalidFigureException) e).getField())
                .isEqualTo("inputs.nondisabled_shortlisted");
    }

    @Test
    void appointedMoreThanShortlistedIsRefused() {
        assertThatThrownBy(() -> Calculations.compute(
                        "WRES2",
                        Map.of(
                                "white_shortlisted",
                                10.0,
                                "white_appointed",
                                11.0,
                                "bame_shortlisted",
                                10.0,
                                "bame_appointed",
                                1.0)))
                .hasMessageContaining("white_appointed (11.0) is greater than white_shortlisted (10.0)");
    }

    @Test
    void negativeAndUnknownInputsAreRefused() {
        assertThatThrownBy(() ->
                        Calculations.compute("WRES9", Map.of("board_group_pct", -1.0, "workforce_group_pct", 30.0)))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> Calculations.compute(
                        "WRES9", Map.of("board_group_pct", 1.0, "workforce_group_pct", 30.0, "extra", 1.0)))
                .hasMessageContaining("unknown input extra");
    }

    @Test
    void aPublishedFigureWithinRoundingAgrees() {
        assertThat(Calculations.disagreement(1.18, 1.1834)).isEmpty();
        assertThat(Calculations.disagreement(13.5, 13.5002)).isEmpty();
        assertThat(Calculations.disagreement(-12.8, -14.6))
                .hasValueSatisfying(
                        s -> assertThat(s).contains("published -12.8").contains("-14.60"));
    }

    @Test
    void periodsOrderByFirstYearAndRefuseNonsense() {
        assertThat(Period.parse("2024/25").firstYear()).isEqualTo(2024);
        assertThat(Period.parse("2024").financialYear()).isFalse();
        assertThat(Period.parse("2023/24")).isLessThan(Period.parse("2024"));
        assertThatThrownBy(() -> Period.parse("2024/26")).hasMessageContaining("second year must follow");
        assertThatThrownBy(() -> Period.parse("24/25")).hasMessageContaining("neither YYYY/YY nor YYYY");
    }
}
