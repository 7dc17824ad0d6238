package org.parity.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parity.indicator.Polarity.HIGHER_BETTER;
import static org.parity.indicator.Polarity.LOWER_BETTER;
import static org.parity.indicator.Polarity.NEUTRAL;
import static org.parity.indicator.Polarity.TOWARDS_PARITY;
import static org.parity.indicator.Polarity.TOWARDS_ZERO;
import static org.parity.plan.MilestoneStatus.ACHIEVED;
import static org.parity.plan.MilestoneStatus.MISSED;
import static org.parity.plan.MilestoneStatus.NO_DATA;
import static org.parity.plan.MilestoneStatus.OFF_TRACK;
import static org.parity.plan.MilestoneStatus.ON_TRACK;
import static org.parity.plan.MilestoneStatus.PENDING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parity.indicator.Polarity;
import org.parity.plan.MilestoneEvaluation.Goal;

/**
 * The evaluation rule: every status, for every polarity, with dates either side of the due date and
 * values either side of the straight line from baseline to target.
 */
class MilestoneEvaluationTest {

    static final LocalDate BASE = LocalDate.of(2024, 3, 31);
    static final LocalDate END = LocalDate.of(2026, 3, 31);
    static final LocalDate HALFWAY = LocalDate.of(2025, 3, 31); // 365 of 730 days
    static final LocalDate BEFORE_DUE = LocalDate.of(2025, 6, 1);
    static final LocalDate AFTER_DUE = LocalDate.of(2026, 4, 1);

    static Goal goal(Polarity p, double baseline, double target) {
        return new Goal(p, baseline, BASE, target, END, END);
    }

    static MilestoneStatus at(Goal g, Double value, LocalDate today) {
        return MilestoneEvaluation.evaluate(g, value, HALFWAY, today);
    }

    @Test
    void lowerIsBetter_esrNonDeclarationFrom22To19() {
        Goal g = goal(LOWER_BETTER, 22, 19); // line halfway: 20.5
        assertThat(at(g, null, BEFORE_DUE)).isEqualTo(NO_DATA);
        assertThat(at(g, 19.0, BEFORE_DUE)).isEqualTo(ACHIEVED);
        assertThat(at(g, 18.0, AFTER_DUE)).isEqualTo(ACHIEVED);
        assertThat(at(g, 20.5, BEFORE_DUE)).isEqualTo(ON_TRACK);
        assertThat(at(g, 20.0, BEFORE_DUE)).isEqualTo(ON_TRACK);
        assertThat(at(g, 21.0, BEFORE_DUE)).isEqualTo(OFF_TRACK);
        assertThat(at(g, 21.0, END)).as("on the due date it is not yet missed").isEqualTo(OFF_TRACK);
        assertThat(at(g, 19.5, AFTER_DUE)).isEqualTo(MISSED);
    }

    @Test
    void higherIsBetter_adjustmentSatisfactionFrom78To85() {
        Goal g = goal(HIGHER_BETTER, 78, 85); // halfway 81.5
        assertThat(at(g, 85.0, BEFORE_DUE)).isEqualTo(ACHIEVED);
        assertThat(at(g, 82.0, BEFORE_DUE)).isEqualTo(ON_TRACK);
        assertThat(at(g, 81.0, BEFORE_DUE)).isEqualTo(OFF_TRACK);
        assertThat(at(g, 84.9, AFTER_DUE)).isEqualTo(MISSED);
    }

    @Test
    void towardsZero_payGapFrom13Point5To5MeasuresDistanceFromZero() {
        Goal g = goal(TOWARDS_ZERO, 13.5, 5); // halfway 9.25
        assertThat(at(g, -4.0, BEFORE_DUE))
                .as("a gap of 4 the other way is within 5 of zero")
                .isEqualTo(ACHIEVED);
        assertThat(at(g, 9.0, BEFORE_DUE)).isEqualTo(ON_TRACK);
        assertThat(at(g, -9.0, BEFORE_DUE)).isEqualTo(ON_TRACK);
        assertThat(at(g, 10.0, BEFORE_DUE)).isEqualTo(OFF_TRACK);
        assertThat(at(g, -10.0, BEFORE_DUE)).isEqualTo(OFF_TRACK);
        assertThat(at(g, 6.0, AFTER_DUE)).isEqualTo(MISSED);
    }

    @Test
    void towardsParity_relativeLikelihoodFrom2Point58To1Point25OnALogScale() {
        Goal g = goal(TOWARDS_PARITY, 2.58, 1.25); // halfway 1.915
        assertThat(at(g, 1.18, BEFORE_DUE)).isEqualTo(ACHIEVED);
        assertThat(at(g, 0.80, BEFORE_DUE))
                .as("|ln 0.80| < |ln 1.25|: as near parity as the target")
                .isEqualTo(ACHIEVED);
        assertThat(at(g, 1.90, BEFORE_DUE)).isEqualTo(ON_TRACK);
        assertThat(at(g, 0.55, BEFORE_DUE))
                .as("|ln 0.55| = 0.60 < |ln 1.915| = 0.65")
                .isEqualTo(ON_TRACK);
        assertThat(at(g, 2.00, BEFORE_DUE)).isEqualTo(OFF_TRACK);
        assertThat(at(g, 0.40, BEFORE_DUE)).isEqualTo(OFF_TRACK);
        assertThat(at(g, 1.30, AFTER_DUE)).isEqualTo(MISSED);
    }

    @Test
    void neutral_meansReachingTheTargetValueItself() {
        Goal g = goal(NEUTRAL, 30, 50); // halfway 40
        assertThat(at(g, 50.0, BEFORE_DUE)).isEqualTo(ACHIEVED);
        assertThat(at(g, 55.0, BEFORE_DUE))
                .as("overshooting: as far from 50 as 45, nearer than 40")
                .isEqualTo(ON_TRACK);
        assertThat(at(g, 42.0, BEFORE_DUE)).isEqualTo(ON_TRACK);
        assertThat(at(g, 38.0, BEFORE_DUE)).isEqualTo(OFF_TRACK);
        assertThat(at(g, 49.0, AFTER_DUE)).isEqualTo(MISSED);
    }

    @Test
    void theLineIsReadAtTheValuesDateAndHeldAtItsEnds() {
        Goal g = goal(LOWER_BETTER, 22, 19);
        // a value dated at the baseline only has to hold the baseline
        assertThat(MilestoneEvaluation.evaluate(g, 22.0, BASE, BEFORE_DUE)).isEqualTo(ON_TRACK);
        assertThat(MilestoneEvaluation.evaluate(g, 22.0, BASE.minusYears(1), BEFORE_DUE))
                .isEqualTo(ON_TRACK);
        // the same value a year later is behind the line
        assertThat(MilestoneEvaluation.evaluate(g, 22.0, HALFWAY, BEFORE_DUE)).isEqualTo(OFF_TRACK);
        // a value dated after the end date is measured against the target itself
        assertThat(MilestoneEvaluation.evaluate(g, 19.1, END.plusYears(1), BEFORE_DUE))
                .isEqualTo(OFF_TRACK);
        assertThat(MilestoneEvaluation.expected(g, HALFWAY)).isEqualTo(20.5);
    }

    @Test
    void withoutATargetDateTheLineIsFlatAtTheBaselineAndNothingIsEverMissed() {
        Goal g = new Goal(LOWER_BETTER, 18.8, null, 17.9, null, null); // KMPT WDES4c: no due date
        assertThat(MilestoneEvaluation.evaluate(g, 18.8, HALFWAY, AFTER_DUE)).isEqualTo(ON_TRACK);
        assertThat(MilestoneEvaluation.evaluate(g, 19.5, HALFWAY, AFTER_DUE.plusYears(10)))
                .isEqualTo(OFF_TRACK);
        assertThat(MilestoneEvaluation.evaluate(g, 17.9, HALFWAY, AFTER_DUE)).isEqualTo(ACHIEVED);
    }

    @Test
    void aTargetPeriodWithoutADueDateIsTheDeadline() {
        Goal g = new Goal(HIGHER_BETTER, 78.0, BASE, 85.0, END, null);
        assertThat(MilestoneEvaluation.evaluate(g, 80.0, HALFWAY, AFTER_DUE)).isEqualTo(MISSED);
        assertThat(MilestoneEvaluation.evaluate(g, 82.0, HALFWAY, BEFORE_DUE)).isEqualTo(ON_TRACK);
    }

    @Test
    void withoutABaselineOrATargetThereIsNothingToCompareWith() {
        Goal noBaseline = new Goal(LOWER_BETTER, null, null, 19.0, END, END);
        assertThat(MilestoneEvaluation.evaluate(noBaseline, 25.0, HALFWAY, BEFORE_DUE))
                .isEqualTo(PENDING);
        assertThat(MilestoneEvaluation.evaluate(noBaseline, 18.0, HALFWAY, BEFORE_DUE))
                .isEqualTo(ACHIEVED);
        assertThat(MilestoneEvaluation.evaluate(noBaseline, 25.0, HALFWAY, AFTER_DUE))
                .isEqualTo(MISSED);
        Goal noTarget = new Goal(LOWER_BETTER, 22.0, BASE, null, END, END);
        assertThat(MilestoneEvaluation.evaluate(noTarget, 25.0, HALFWAY, BEFORE_DUE))
                .isEqualTo(PENDING);
        assertThat(MilestoneEvaluation.evaluate(noTarget, null, HALFWAY, BEFORE_DUE))
                .isEqualTo(NO_DATA);
    }
}
