package org.parity.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gender pay gap measures of the Equality Act 2010 (Specific Duties and Public Authorities)
 * Regulations 2017 (SI 2017/353), from anonymised pay records (sex, hourly pay, bonus pay).
 *
 * <ul>
 * <li>Mean and median hourly pay gap: (male − female) ÷ male × 100, over all relevant employees.</li>
 * <li>Mean and median bonus gap: the same over those paid a bonus (bonus pay above 0) only; not
 * computed when no man or no woman was paid a bonus.</li>
 * <li>Bonus share: the percentage of each sex paid a bonus.</li>
 * <li>Pay quartiles: the percentage of women and of men in each quarter of the workforce ranked by
 * hourly pay, quartile 1 the lowest paid.</li>
 * </ul>
 *
 * <p><b>Quartile rule: remainders.</b> With n employees ranked by hourly pay from lowest to highest,
 * quartile k (1 = lowest) holds ranks ⌊(k−1)·n/4⌋+1 … ⌊k·n/4⌋. The four parts differ by at most
 * one person, and the extra people fall in the upper quartiles: n = 4q+1 gives q, q, q, q+1;
 * 4q+2 gives q, q+1, q, q+1; 4q+3 gives q, q+1, q+1, q+1.
 *
 * <p><b>Quartile rule: equal hourly rates across a boundary.</b> Employees on the same hourly rate
 * form one block. Where a block straddles a quartile boundary, each quartile receives its places in
 * the block with the block's own mix of women and men, so the result never depends on the order of
 * the file or on sorting by sex: 2 women and 2 men on £10.00 split two places either side of a
 * boundary count as 1 woman and 1 man on each side. (The government's guidance asks for men and
 * women on the same rate to be distributed evenly across the boundary.) Counts may therefore be
 * fractional; percentages are of the quartile's headcount.
 */
public final class GenderPayGap {

    private GenderPayGap() {}

    /** One relevant employee: sex, hourly pay, bonus pay (0 when none). */
    public record PayRecord(boolean female, double hourlyPay, double bonusPay) {}

    /** A pay quartile: women and men in it (possibly fractional, see the class comment) and its headcount. */
    public record Quartile(int quartile, double women, double men, int headcount) {

        public Double femalePercent() {
            return headcount == 0 ? null : 100 * women / headcount;
        }

        public Double malePercent() {
            return headcount == 0 ? null : 100 * men / headcount;
        }
    }

    /** Every measure, with the figures each was computed from. Bonus gaps are null when not computable. */
    public record Result(
            int women,
            int men,
            double femaleMeanHourly,
            double maleMeanHourly,
            double femaleMedianHourly,
            double maleMedianHourly,
            Double meanGap,
            Double medianGap,
            int womenPaidBonus,
            int menPaidBonus,
            Double femaleMeanBonus,
            Double maleMeanBonus,
            Double femaleMedianBonus,
            Double maleMedianBonus,
            Double meanBonusGap,
            Double medianBonusGap,
            double bonusShareFemale,
            double bonusShareMale,
            List<Quartile> quartiles) {

        /** The measures as figures to store, each with the inputs that make it traceable. */
        public List<FigureRow> figures(String period) {
            List<FigureRow> rows = new ArrayList<>();
            rows.add(figure(
                    "GPG_MEAN_GAP",
                    period,
                    null,
                    meanGap,
                    Map.of(
                            "male_mean_hourly",
                            maleMeanHourly,
                            "female_mean_hourly",
                            femaleMeanHourly,
                            "male_headcount",
                            (double) men,
                            "female_headcount",
                            (double) women)));
            rows.add(figure(
                    "GPG_MEDIAN_GAP",
                    period,
                    null,
                    medianGap,
                    Map.of(
                            "male_median_hourly",
                            maleMedianHourly,
                            "female_median_hourly",
                            femaleMedianHourly,
                            "male_headcount",
                            (double) men,
                            "female_headcount",
                            (double) women)));
            if (meanBonusGap != null) {
                rows.add(figure(
                        "GPG_MEAN_BONUS_GAP",
                        period,
                        null,
                        meanBonusGap,
                        Map.of(
                                "male_mean_bonus",
                                maleMeanBonus,
                                "female_mean_bonus",
                                femaleMeanBonus,
                                "male_bonus_headcount",
                                (double) menPaidBonus,
                                "female_bonus_headcount",
                                (double) womenPaidBonus)));
                rows.add(figure(
                        "GPG_MEDIAN_BONUS_GAP",
                        period,
                        null,
                        medianBonusGap,
                        Map.of(
                                "male_median_bonus",
                                maleMedianBonus,
                                "female_median_bonus",
                                femaleMedianBonus,
                                "male_bonus_headcount",
                                (double) menPaidBonus,
                                "female_bonus_headcount",
                                (double) womenPaidBonus)));
            }
            rows.add(figure(
                    "GPG_BONUS_SHARE",
                    period,
                    "FEMALE",
                    bonusShareFemale,
                    Map.of("paid_bonus", (double) womenPaidBonus, "headcount", (double) women)));
            rows.add(figure(
                    "GPG_BONUS_SHARE",
                    period,
                    "MALE",
                    bonusShareMale,
                    Map.of("paid_bonus", (double) menPaidBonus, "headcount", (double) men)));
            for (Quartile q : quartiles) {
                if (q.headcount() == 0) {
                    continue;
                }
                Map<String, Double> in = Map.of(
                        "women_in_quartile", q.women(), "men_in_quartile", q.men(), "quartile_headcount", (double)
                                q.headcount());
                rows.add(figure("GPG_QUARTILE_" + q.quartile(), period, "FEMALE", q.femalePercent(), in));
                rows.add(figure("GPG_QUARTILE_" + q.quartile(), period, "MALE", q.malePercent(), in));
            }
            return rows;
        }

        private static FigureRow figure(
                String indicator, String period, String group, Double value, Map<String, Double> inputs) {
            return new FigureRow(
                    indicator,
                    period,
                    group,
                    null,
                    value,
                    new LinkedHashMap<>(inputs),
                    null,
                    null,
                    "computed from pay records (SI 2017/353)",
                    List.of());
        }
    }

    /** The measures; throws {@link InvalidFigureException} when there are no women or no men, or men's pay is 0. */
    public static Result compute(List<PayRecord> records) {
        List<PayRecord> women = records.stream().filter(PayRecord::female).toList();
        List<PayRecord> men = records.stream().filter(r -> !r.female()).toList();
        if (women.isEmpty() || men.isEmpty()) {
            throw new InvalidFigureException(
                    "sex",
                    "the pay gap compares women and men: the file has " + women.size() + " women (F) and " + men.size()
                            + " men (M)");
        }
        double maleMean = mean(men.stream().map(PayRecord::hourlyPay).toList());
        double maleMedian = median(men.stream().map(PayRecord::hourlyPay).toList());
        if (maleMean == 0 || maleMedian == 0) {
            throw new InvalidFigureException(
                    "hourly_pay", "men's mean or median hourly pay is 0: the gap is undefined");
        }
        double femaleMean = mean(women.stream().map(PayRecord::hourlyPay).toList());
        double femaleMedian = median(women.stream().map(PayRecord::hourlyPay).toList());
        List<Double> womenBonus =
                women.stream().map(PayRecord::bonusPay).filter(b -> b > 0).toList();
        List<Double> menBonus =
                men.stream().map(PayRecord::bonusPay).filter(b -> b > 0).toList();
        boolean bonusGap = !womenBonus.isEmpty() && !menBonus.isEmpty();
        Double femaleMeanBonus = womenBonus.isEmpty() ? null : mean(womenBonus);
        Double maleMeanBonus = menBonus.isEmpty() ? null : mean(menBonus);
        Double femaleMedianBonus = womenBonus.isEmpty() ? null : median(womenBonus);
        Double maleMedianBonus = menBonus.isEmpty() ? null : median(menBonus);
        return new Result(
                women.size(),
                men.size(),
                femaleMean,
                maleMean,
                femaleMedian,
                maleMedian,
                gap(maleMean, femaleMean),
                gap(maleMedian, femaleMedian),
                womenBonus.size(),
                menBonus.size(),
                femaleMeanBonus,
                maleMeanBonus,
                femaleMedianBonus,
                maleMedianBonus,
                bonusGap ? gap(maleMeanBonus, femaleMeanBonus) : null,
                bonusGap ? gap(maleMedianBonus, femaleMedianBonus) : null,
                100.0 * womenBonus.size() / women.size(),
                100.0 * menBonus.size() / men.size(),
                quartiles(records));
    }

    /** The four pay quartiles by the rules of the class comment. */
    public static List<Quartile> quartiles(List<PayRecord> records) {
        List<PayRecord> ranked = new ArrayList<>(records);
        ranked.sort(Comparator.comparingDouble(PayRecord::hourlyPay));
        int n = ranked.size();
        int[] bound = new int[5];
        for (int k = 0; k <= 4; k++) {
            bound[k] = (int) ((long) k * n / 4);
        }
        double[] women = new double[4];
        double[] men = new double[4];
        int start = 0;
        while (start < n) {
            int end = start;
            int blockWomen = 0;
            while (end < n && ranked.get(end).hourlyPay() == ranked.get(start).hourlyPay()) {
                if (ranked.get(end).female()) {
                    blockWomen++;
                }
                end++;
            }
            double femaleShare = (double) blockWomen / (end - start);
            for (int k = 0; k < 4; k++) {
                int overlap = Math.max(0, Math.min(end, bound[k + 1]) - Math.max(start, bound[k]));
                women[k] += overlap * femaleShare;
                men[k] += overlap * (1 - femaleShare);
            }
            start = end;
        }
        List<Quartile> result = new ArrayList<>(4);
        for (int k = 0; k < 4; k++) {
            result.add(new Quartile(k + 1, women[k], men[k], bound[k + 1] - bound[k]));
        }
        return result;
    }

    static double gap(double male, double female) {
        return (male - female) / male * 100;
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
