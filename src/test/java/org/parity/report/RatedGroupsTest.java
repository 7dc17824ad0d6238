package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.indicator.Indicator;
import org.parity.indicator.Polarity;
import org.parity.indicator.Unit;

/** WRES 1's "higher is better" is about BAME representation: a rising White share is not rated "better". */
class RatedGroupsTest {

    private final Indicator wres1 = new Indicator(
            "WRES1",
            "WRES",
            null,
            "BAME representation",
            null,
            Unit.PERCENT,
            Polarity.HIGHER_BETTER,
            List.of("BAME", "WHITE", "UNKNOWN"),
            "ESR",
            List.of(),
            List.of(),
            List.of("BAME"));

    @Test
    void thePolaritySpeaksForItsRatedGroupsOnly() {
        assertThat(wres1.polarityFor("BAME")).isEqualTo(Polarity.HIGHER_BETTER);
        assertThat(wres1.polarityFor("WHITE")).isEqualTo(Polarity.NEUTRAL);
        assertThat(wres1.polarityFor(null)).isEqualTo(Polarity.HIGHER_BETTER);
    }

    @Test
    void aRisingWhiteShareIsNotRatedWhileARisingBameShareIsBetter() {
        assertThat(ChangeRating.between(wres1.polarityFor("WHITE"), 67.2, 68.0).code())
                .isEqualTo("not-rated");
        assertThat(ChangeRating.between(wres1.polarityFor("BAME"), 28.0, 30.0).code())
                .isEqualTo("better");
    }
}
