package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parity.indicator.Polarity;

/** Better or worse is decided by the indicator's polarity; some changes are not rated at all. */
class ChangeRatingTest {

    @Test
    void theDirectionThatIsBetterDependsOnThePolarity() {
        assertThat(ChangeRating.between(Polarity.LOWER_BETTER, 35.2, 42.7)).isEqualTo(ChangeRating.WORSE);
        assertThat(ChangeRating.between(Polarity.HIGHER_BETTER, 35.2, 42.7)).isEqualTo(ChangeRating.BETTER);
        assertThat(ChangeRating.between(Polarity.TOWARDS_PARITY, 2.58, 1.18)).isEqualTo(ChangeRating.BETTER);
        assertThat(ChangeRating.between(Polarity.TOWARDS_PARITY, 0.8, 1.5)).isEqualTo(ChangeRating.WORSE);
        assertThat(ChangeRating.between(Polarity.TOWARDS_ZERO, -4.0, 3.0)).isEqualTo(ChangeRating.BETTER);
    }

    @Test
    void noChangeIsTheSameWhateverThePolarity() {
        assertThat(ChangeRating.between(Polarity.NEUTRAL, 12.0, 12.0)).isEqualTo(ChangeRating.SAME);
        // 0.5 and 2.0 are equally far from parity on a log scale
        assertThat(ChangeRating.between(Polarity.TOWARDS_PARITY, 0.5, 2.0)).isEqualTo(ChangeRating.SAME);
    }

    @Test
    void contextFiguresAndLikelihoodsOfZeroAreNotRated() {
        assertThat(ChangeRating.between(Polarity.NEUTRAL, 100, 120)).isEqualTo(ChangeRating.NOT_RATED);
        assertThat(ChangeRating.between(Polarity.TOWARDS_PARITY, 0, 1.2)).isEqualTo(ChangeRating.NOT_RATED);
    }

    @Test
    void eachRatingIsWrittenAsTheReportAlwaysWroteIt() {
        assertThat(ChangeRating.values())
                .extracting(ChangeRating::code)
                .containsExactly("better", "worse", "same", "not-rated", "no-data");
        assertThat(WorkingVerdict.values())
                .extracting(WorkingVerdict::code)
                .containsExactly("yes", "partly", "no", "no-evidence");
        assertThat(EvidenceKind.values()).extracting(EvidenceKind::code).containsExactly("milestone", "indicator");
    }
}
