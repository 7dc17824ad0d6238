package org.parity.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.parity.indicator.Polarity;

/**
 * Whether a milestone linked to an indicator is being met, from the indicator's latest value.
 *
 * <ol>
 * <li>NO_DATA: no value yet.</li>
 * <li>PENDING: no target, so nothing to measure against.</li>
 * <li>ACHIEVED: the value meets the target by the indicator's polarity (lower/higher is better: at
 * or below/above it; towards zero: no further from 0; towards parity: no further from 1.00 on a log
 * scale; neutral: equal to it).</li>
 * <li>MISSED: not achieved and the due date (or, without one, the target period's date) has passed.</li>
 * <li>PENDING: not achieved, not due, and no baseline: no trajectory to compare with.</li>
 * <li>ON_TRACK: at least as good, by polarity, as the straight line from the baseline at its
 * period's date to the target at the target period's date (or the due date), read at the value's
 * period's date (before the baseline date the line is the baseline; after the end, the target).
 * Without a target date the line is flat at the baseline: holding or improving is on track.</li>
 * <li>OFF_TRACK: otherwise.</li>
 * </ol>
 * Dates of periods: see {@link org.parity.indicator.Period#asAt()}.
 */
public final class MilestoneEvaluation {

    private static final double EPSILON = 1e-9;

    private MilestoneEvaluation() {}

    /** What one milestone is measured against. Dates may be null where the plan gives none. */
    public record Goal(
            Polarity polarity,
            Double baseline,
            LocalDate baselineDate,
            Double target,
            LocalDate targetDate,
            LocalDate due) {}

    public static MilestoneStatus evaluate(Goal goal, Double value, LocalDate valueDate, LocalDate today) {
        if (value == null) {
            return MilestoneStatus.NO_DATA;
        }
        if (goal.target() == null) {
            return MilestoneStatus.PENDING;
        }
        double target = goal.target();
        if (atLeastAsGood(goal.polarity(), value, target, target)) {
            return MilestoneStatus.ACHIEVED;
        }
        LocalDate deadline = goal.due() != null ? goal.due() : goal.targetDate();
        if (deadline != null && today.isAfter(deadline)) {
            return MilestoneStatus.MISSED;
        }
        if (goal.baseline() == null) {
            return MilestoneStatus.PENDING;
        }
        double expected = expected(goal, valueDate);
        return atLeastAsGood(goal.polarity(), value, expected, target)
                ? MilestoneStatus.ON_TRACK
                : MilestoneStatus.OFF_TRACK;
    }

    /** The straight line from baseline to target, read at {@code date}. */
    static double expected(Goal goal, LocalDate date) {
        double baseline = goal.baseline();
        LocalDate end = goal.targetDate() != null ? goal.targetDate() : goal.due();
        if (end == null || goal.baselineDate() == null || date == null) {
            return baseline;
        }
        long span = ChronoUnit.DAYS.between(goal.baselineDate(), end);
        if (span <= 0) {
            return goal.target();
        }
        double fraction = (double) ChronoUnit.DAYS.between(goal.baselineDate(), date) / span;
        fraction = Math.max(0, Math.min(1, fraction));
        return baseline + (goal.target() - baseline) * fraction;
    }

    /** Whether {@code value} is at least as good as {@code reference} by the polarity. */
    static boolean atLeastAsGood(Polarity polarity, double value, double reference, double target) {
        return score(polarity, value, target) >= score(polarity, reference, target) - EPSILON;
    }

    /** Higher is better. */
    private static double score(Polarity polarity, double x, double target) {
        return switch (polarity) {
            case LOWER_BETTER -> -x;
            case HIGHER_BETTER -> x;
            case TOWARDS_ZERO -> -Math.abs(x);
            case TOWARDS_PARITY -> x <= 0 ? Double.NEGATIVE_INFINITY : -Math.abs(Math.log(x));
            case NEUTRAL -> -Math.abs(x - target);
        };
    }
}
