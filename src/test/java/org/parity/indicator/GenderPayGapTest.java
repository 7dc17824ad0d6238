package org.parity.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.indicator.GenderPayGap.PayRecord;
import org.parity.indicator.GenderPayGap.Quartile;

/** SI 2017/353 measures against KMPT's published 2023/24 figures and constructed cases with known answers. */
class GenderPayGapTest {

    static PayRecord f(double hourly) {
        return new PayRecord(true, hourly, 0);
    }

    static PayRecord m(double hourly) {
        return new PayRecord(false, hourly, 0);
    }

    static PayRecord f(double hourly, double bonus) {
        return new PayRecord(true, hourly, bonus);
    }

    static PayRecord m(double hourly, double bonus) {
        return new PayRecord(false, hourly, bonus);
    }

    @Test
    void reproducesKmpts2023To24Gaps() {
        // Means £22.37 (men) and £19.35 (women), medians £18.22 and £17.54, mean bonuses £10,919.43 and £8,775.18.
        var r = GenderPayGap.compute(
                List.of(m(16.00, 10919.43), m(18.22), m(32.89), f(15.00, 8775.18), f(17.54), f(25.51)));
        assertThat(r.maleMeanHourly()).isCloseTo(22.37, within(1e-9));
        assertThat(r.femaleMeanHourly()).isCloseTo(19.35, within(1e-9));
        assertThat(r.meanGap()).isCloseTo(13.50, within(0.005));
        assertThat(r.medianGap()).isCloseTo(3.73, within(0.005)); // published 3.72 from rounded rates
        assertThat(r.meanBonusGap()).isCloseTo(19.64, within(0.005));
        assertThat(r.medianBonusGap()).isCloseTo(19.64, within(0.005));
        assertThat(r.bonusShareFemale()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(r.bonusShareMale()).isCloseTo(100.0 / 3, within(1e-9));
    }

    @Test
    void bonusGapsAreOverThosePaidABonusOnly() {
        var r = GenderPayGap.compute(List.of(m(10, 100), m(10, 300), m(10), m(10), f(10, 100), f(10)));
        assertThat(r.maleMeanBonus()).isEqualTo(200.0);
        assertThat(r.femaleMeanBonus()).isEqualTo(100.0);
        assertThat(r.meanBonusGap()).isCloseTo(50.0, within(1e-9));
        assertThat(r.medianBonusGap()).isCloseTo(50.0, within(1e-9));
        assertThat(r.bonusShareMale()).isEqualTo(50.0);
        assertThat(r.bonusShareFemale()).isEqualTo(50.0);
        assertThat(r.meanGap()).isEqualTo(0.0);
    }

    @Test
    void noBonusGapWhenOneSexIsPaidNoBonusAndANegativeGapWhenWomenArePaidMore() {
        var r = GenderPayGap.compute(List.of(m(10, 50), f(12), f(14)));
        assertThat(r.meanBonusGap()).isNull();
        assertThat(r.medianBonusGap()).isNull();
        assertThat(r.bonusShareFemale()).isEqualTo(0.0);
        assertThat(r.meanGap()).isCloseTo(-30.0, within(1e-9));
        assertThat(r.figures("2040/41")).extracting(FigureRow::indicator).doesNotContain("GPG_MEAN_BONUS_GAP");
    }

    @Test
    void refusesAFileWithoutBothSexesOrWithMenPaidNothing() {
        assertThatThrownBy(() -> GenderPayGap.compute(List.of(f(10), f(11))))
                .isInstanceOf(InvalidFigureException.class)
                .hasMessageContaining("0 men");
        assertThatThrownBy(() -> GenderPayGap.compute(List.of(m(0), f(11))))
                .isInstanceOf(InvalidFigureException.class)
                .hasMessageContaining("undefined");
    }

    @Test
    void quartilesOfAHeadcountDivisibleByFourAreEqualQuarters() {
        List<PayRecord> eight = List.of(f(1), f(2), m(3), f(4), m(5), m(6), m(7), m(8));
        List<Quartile> q = GenderPayGap.quartiles(eight);
        assertThat(q).extracting(Quartile::headcount).containsExactly(2, 2, 2, 2);
        assertThat(q).extracting(Quartile::femalePercent).containsExactly(100.0, 50.0, 0.0, 0.0);
        assertThat(q).extracting(Quartile::malePercent).containsExactly(0.0, 50.0, 100.0, 100.0);
    }

    @Test
    void remaindersFallInTheUpperQuartiles() {
        assertThat(sizes(4)).containsExactly(1, 1, 1, 1);
        assertThat(sizes(5)).containsExactly(1, 1, 1, 2);
        assertThat(sizes(6)).containsExactly(1, 2, 1, 2);
        assertThat(sizes(7)).containsExactly(1, 2, 2, 2);
        assertThat(sizes(9)).containsExactly(2, 2, 2, 3);
        assertThat(sizes(10)).containsExactly(2, 3, 2, 3);
        assertThat(sizes(11)).containsExactly(2, 3, 3, 3);
        assertThat(sizes(1001)).containsExactly(250, 250, 250, 251);
        // 5 people: the highest two (a woman and a man) share quartile 4
        List<Quartile> q = GenderPayGap.quartiles(List.of(m(1), f(2), m(3), f(4), m(5)));
        assertThat(q).extracting(Quartile::femalePercent).containsExactly(0.0, 100.0, 0.0, 50.0);
    }

    @Test
    void equalRatesAcrossABoundaryAreSharedWithTheBlocksMixNotByFileOrder() {
        // 8 people; ranks 3-6 are all on £10 (2 women, 2 men), straddling the quartile 2/3 boundary.
        List<PayRecord> womenFirst = List.of(f(5), m(6), f(10), f(10), m(10), m(10), f(20), m(21));
        List<PayRecord> menFirst = List.of(f(5), m(6), m(10), m(10), f(10), f(10), f(20), m(21));
        for (List<PayRecord> file : List.of(womenFirst, menFirst)) {
            List<Quartile> q = GenderPayGap.quartiles(file);
            assertThat(q.get(1).women()).isCloseTo(1.0, within(1e-12));
            assertThat(q.get(1).men()).isCloseTo(1.0, within(1e-12));
            assertThat(q.get(2).women()).isCloseTo(1.0, within(1e-12));
            assertThat(q.get(1).femalePercent()).isCloseTo(50.0, within(1e-9));
            assertThat(q.get(2).femalePercent()).isCloseTo(50.0, within(1e-9));
            assertThat(q.get(0).femalePercent()).isEqualTo(50.0);
            assertThat(q.get(3).femalePercent()).isEqualTo(50.0);
        }
        // a block of 3 (1 woman, 2 men) with one place in quartile 1 and two in quartile 2: a third of a woman below
        List<Quartile> q = GenderPayGap.quartiles(List.of(f(1), m(7), f(7), m(7), m(9), f(9), m(12), f(13)));
        assertThat(q.get(0).women()).isCloseTo(1 + 1.0 / 3, within(1e-12));
        assertThat(q.get(1).women()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(q.get(0).femalePercent() + q.get(0).malePercent()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void figuresCarryTheirInputs() {
        var rows = GenderPayGap.compute(List.of(m(20), m(20), f(10), f(10))).figures("2040/41");
        FigureRow mean = rows.stream()
                .filter(r -> r.indicator().equals("GPG_MEAN_GAP"))
                .findFirst()
                .orElseThrow();
        assertThat(mean.value()).isEqualTo(50.0);
        assertThat(mean.inputs())
                .containsEntry("male_mean_hourly", 20.0)
                .containsEntry("female_mean_hourly", 10.0)
                .containsEntry("male_headcount", 2.0)
                .containsEntry("female_headcount", 2.0);
        assertThat(rows)
                .extracting(FigureRow::indicator)
                .contains("GPG_QUARTILE_1", "GPG_QUARTILE_4", "GPG_BONUS_SHARE", "GPG_MEDIAN_GAP");
    }

    private static List<Integer> sizes(int n) {
        List<PayRecord> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(i % 2 == 0 ? f(i) : m(i));
        }
        return GenderPayGap.quartiles(people).stream().map(Quartile::headcount).toList();
    }
}
