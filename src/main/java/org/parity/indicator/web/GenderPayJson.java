package org.parity.indicator.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.parity.indicator.GenderPayGap;

/** The answer of {@link GenderPayApi} (API.md): percentages 0–100, quartile 1 the lowest paid. */
record GenderPayJson(
        String period,
        int women,
        int men,
        @JsonProperty("mean_hourly_gap") Double meanHourlyGap,
        @JsonProperty("median_hourly_gap") Double medianHourlyGap,
        @JsonProperty("mean_bonus_gap") Double meanBonusGap,
        @JsonProperty("median_bonus_gap") Double medianBonusGap,
        @JsonProperty("bonus_share_female") Double bonusShareFemale,
        @JsonProperty("bonus_share_male") Double bonusShareMale,
        List<QuartileJson> quartiles) {

    static GenderPayJson of(String period, GenderPayGap.Result r) {
        return new GenderPayJson(
                period,
                r.women(),
                r.men(),
                r.meanGap(),
                r.medianGap(),
                r.meanBonusGap(),
                r.medianBonusGap(),
                r.bonusShareFemale(),
                r.bonusShareMale(),
                r.quartiles().stream()
                        .map(q -> new QuartileJson(q.quartile(), q.femalePercent(), q.malePercent(), q.headcount()))
                        .toList());
    }

    /** One pay quartile: the share of women and men in it. */
    record QuartileJson(
            int quartile,
            @JsonProperty("female_pct") Double femalePct,
            @JsonProperty("male_pct") Double malePct,
            int headcount) {}
}
