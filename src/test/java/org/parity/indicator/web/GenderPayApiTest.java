package org.parity.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.indicator.Measurement;
import org.parity.indicator.internal.MeasurementRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/organisations/{org}/gender-pay/{period}: measures computed, stored with their inputs, or nothing stored. */
@ParityTest
class GenderPayApiTest {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    MeasurementRepository measurements;

    ResultActions send(String user, String path, String body) throws Exception {
        return mvc.perform(
                post(path).with(httpBasic(user, "parity-demo")).contentType(CSV).content(body));
    }

    Measurement stored(String indicator, String period, String group) {
        return measurements
                .findByOrganisationCodeAndIndicatorCodeAndPeriodAndGroupCodeAndBreakdown(
                        "kmpt", indicator, period, group, "")
                .map(m -> m.view())
                .orElseThrow();
    }

    @Test
    void computesAndStoresEveryMeasureWithItsInputs() throws Exception {
        long before = measurements.count();
        send("edi@kmpt", "/api/organisations/kmpt/gender-pay/2040/41", """
                sex,hourly_pay,bonus_pay
                M,16.00,10919.43
                M,18.22,0
                M,32.89,0
                F,15.00,8775.18
                F,17.54,0
                f,25.51,0
                """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.period", is("2040/41")))
                .andExpect(jsonPath("$.mean_hourly_gap", closeTo(13.50, 0.005)))
                .andExpect(jsonPath("$.median_hourly_gap", closeTo(3.73, 0.005)))
                .andExpect(jsonPath("$.mean_bonus_gap", closeTo(19.64, 0.005)))
                .andExpect(jsonPath("$.median_bonus_gap", closeTo(19.64, 0.005)))
                .andExpect(jsonPath("$.bonus_share_female", closeTo(33.33, 0.005)))
                .andExpect(jsonPath("$.bonus_share_male", closeTo(33.33, 0.005)))
                .andExpect(jsonPath("$.quartiles", hasSize(4)))
                .andExpect(jsonPath("$.quartiles[0].quartile", is(1)))
                .andExpect(jsonPath("$.quartiles[0].female_pct", is(100.0)))
                .andExpect(jsonPath("$.quartiles[3].male_pct", is(50.0)));
        // 4 gaps + 2 bonus shares + 4 quartiles x 2 sexes
        assertThat(measurements.count()).isEqualTo(before + 14);
        Measurement mean = stored("GPG_MEAN_GAP", "2040/41", "");
        assertThat(mean.value()).isCloseTo(13.50, within(0.005));
        assertThat(mean.inputs()).containsEntry("male_mean_hourly", 22.37).containsEntry("female_headcount", 3.0);
        assertThat(mean.inputs().get("female_mean_hourly")).isCloseTo(19.35, within(1e-9));
        assertThat(mean.recordedBy()).isEqualTo("edi@kmpt");
        assertThat(mean.hasFlag("SMALL_NUMBERS"))
                .as("six people are too few to publish")
                .isTrue();
        assertThat(stored("GPG_MEAN_BONUS_GAP", "2040/41", "").inputs()).containsEntry("male_mean_bonus", 10919.43);
        Measurement q1 = stored("GPG_QUARTILE_1", "2040/41", "FEMALE");
        assertThat(q1.value()).isEqualTo(100.0);
        assertThat(q1.inputs()).containsEntry("quartile_headcount", 1.0);
        assertThat(stored("GPG_BONUS_SHARE", "2040/41", "MALE").inputs())
                .containsEntry("paid_bonus", 1.0)
                .containsEntry("headcount", 3.0);
    }

    @Test
    void aHyphenatedPeriodIsTheSameFinancialYearAndASecondFileReplacesTheFirst() throws Exception {
        send("admin", "/api/organisations/kmpt/gender-pay/2041-42", "sex,hourly_pay,bonus_pay\nM,20,0\nF,15,0\n")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mean_bonus_gap", nullValue()));
        long before = measurements.count();
        send("admin", "/api/organisations/kmpt/gender-pay/2041/42", "sex,hourly_pay,bonus_pay\nM,20,0\nF,18,0\n")
                .andExpect(status().isCreated());
        assertThat(measurements.count()).isEqualTo(before);
        assertThat(stored("GPG_MEAN_GAP", "2041/42", "").value()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void badRecordsAreReportedRowByRowAndNothingIsStored() throws Exception {
        long before = measurements.count();
        send("edi@kmpt", "/api/organisations/kmpt/gender-pay/2042/43", """
                sex,hourly_pay,bonus_pay
                M,20,0
                X,20,0
                F,lots,0
                F,-3,0
                M,20,
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[0].row", is(2)))
                .andExpect(jsonPath("$.errors[0].field", is("sex")))
                .andExpect(jsonPath("$.errors[1].row", is(3)))
                .andExpect(jsonPath("$.errors[1].field", is("hourly_pay")))
                .andExpect(jsonPath("$.errors[2].row", is(4)))
                .andExpect(jsonPath("$.errors[2].message", containsString("negative")))
                .andExpect(jsonPath("$.errors[3].row", is(5)))
                .andExpect(jsonPath("$.errors[3].field", is("bonus_pay")));
        send("edi@kmpt", "/api/organisations/kmpt/gender-pay/2042/43", "sex,hourly_pay,bonus_pay\nF,20,0\nF,15,0\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("sex")));
        send("edi@kmpt", "/api/organisations/kmpt/gender-pay/2042/43", "sex,hourly_pay,bonus_pay,name\nF,20,0,Ann\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("anonymised")));
        send("edi@kmpt", "/api/organisations/kmpt/gender-pay/2042/43", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("empty")));
        send("edi@kmpt", "/api/organisations/kmpt/gender-pay/42-43", "sex,hourly_pay,bonus_pay\nM,20,0\nF,15,0\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("period")));
        mvc.perform(post("/api/organisations/kmpt/gender-pay/2042/43")
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().isUnsupportedMediaType());
        send("lead@kmpt", "/api/organisations/kmpt/gender-pay/2042/43", "sex,hourly_pay,bonus_pay\nM,20,0\nF,15,0\n")
                .andExpect(status().isForbidden());
        send("edi@kings", "/api/organisations/kmpt/gender-pay/2042/43", "sex,hourly_pay,bonus_pay\nM,20,0\nF,15,0\n")
                .andExpect(status().isNotFound());
        assertThat(measurements.count()).isEqualTo(before);
    }
}
