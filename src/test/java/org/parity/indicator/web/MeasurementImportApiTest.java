package org.parity.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.parity.audit.AuditEvent;
import org.parity.audit.AuditLog;
import org.parity.indicator.Measurement;
import org.parity.indicator.internal.MeasurementRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** POST /api/organisations/{org}/measurements: all or nothing, every row error at once, tenancy and roles. */
@ParityTest
class MeasurementImportApiTest {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    MeasurementRepository measurements;

    @Autowired
    AuditLog audit;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "parity-demo");
    }

    ResultActions send(String user, String org, MediaType type, String body) throws Exception {
        return mvc.perform(post("/api/organisations/{org}/measurements", org)
                .with(as(user))
                .contentType(type)
                .content(body));
    }

    Measurement stored(String indicator, String period, String group, String breakdown) {
        return measurements
                .findByOrganisationCodeAndIndicatorCodeAndPeriodAndGroupCodeAndBreakdown(
                        "kmpt", indicator, period, group == null ? "" : group, breakdown == null ? "" : breakdown)
                .map(m -> m.view())
                .orElseThrow();
    }

    @Test
    void aJsonImportStoresComputedLikelihoodsAndPlainValues() throws Exception {
        long before = measurements.count();
        send("edi@kmpt", "kmpt", MediaType.APPLICATION_JSON, """
                [{"indicator": "WRES2", "period": "2031/32", "source": "RECRUITMENT",
                  "inputs": {"white_shortlisted": 200, "white_appointed": 40, "bame_shortlisted": 100, "bame_appointed": 10}},
                 {"indicator": "WRES5", "period": "2031", "group": "BAME", "value": 27.5, "source": "STAFF_SURVEY"}]
                """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].indicator", is("WRES2")))
                .andExpect(jsonPath("$[0].value", closeTo(2.0, 1e-12)))
                .andExpect(jsonPath("$[0].inputs.bame_appointed", is(10.0)))
                .andExpect(jsonPath("$[1].value", is(27.5)))
                .andExpect(jsonPath("$[1].group", is("BAME")));
        assertThat(measurements.count()).isEqualTo(before + 2);
        Measurement wres2 = stored("WRES2", "2031/32", null, null);
        assertThat(wres2.value()).isEqualTo(2.0);
        assertThat(wres2.inputs()).containsEntry("white_shortlisted", 200.0).hasSize(4);
        assertThat(wres2.recordedBy()).isEqualTo("edi@kmpt");
        assertThat(wres2.dataSource()).isEqualTo("RECRUITMENT");
        assertThat(stored("WRES5", "2031", "BAME", null).value()).isEqualTo(27.5);
    }

    @Test
    void theChangeADocumentPrintedIsKeptBesideTheFigureAndMustBeOneShortLine() throws Exception {
        send("edi@kmpt", "kmpt", CSV, """
                indicator,period,group,value,source,published_change
                WRES5,2033,BAME,30.1,STAFF_SURVEY,2.4% better
                WRES6,2033,BAME,28.0,STAFF_SURVEY,
                """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].publishedChange", is("2.4% better")))
                .andExpect(jsonPath("$[1].publishedChange").doesNotExist());
        assertThat(stored("WRES5", "2033", "BAME", null).publishedChange()).isEqualTo("2.4% better");
        assertThat(stored("WRES6", "2033", "BAME", null).publishedChange()).isNull();
        long before = measurements.count();
        send("edi@kmpt", "kmpt", MediaType.APPLICATION_JSON, """
                [{"indicator": "WRES7", "period": "2033", "group": "BAME", "value": 44.0, "source": "STAFF_SURVEY",
                  "publishedChange": "%s"}]
                """.formatted("x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row", is(1)))
                .andExpect(jsonPath("$.errors[0].field", is("publishedChange")));
        assertThat(measurements.count()).isEqualTo(before);
    }

    @Test
    void aCsvImportReadsBreakdownsAndInputsColumnsAndKeepsAPublishedFigureThatDisagreesFlagged() throws Exception {
        long before = measurements.count();
        send("edi@kmpt", "kmpt", CSV, """
                indicator,period,group,breakdown,value,inputs,source
                WRES1,2031/32,BAME,band:8a,12.5%,,ESR
                WRES3,2031/32,,,1.50,bame_entered=20;bame_headcount=1000;white_entered=30;white_headcount=3000,EMPLOYEE_RELATIONS
                """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].breakdown", is("band:8a")))
                .andExpect(jsonPath("$[0].value", is(12.5)))
                .andExpect(jsonPath("$[1].value", closeTo(2.0, 1e-12)))
                .andExpect(jsonPath("$[1].publishedValue", is(1.5)))
                .andExpect(jsonPath("$[1].flags[*].code", hasItem("PUBLISHED_MISMATCH")));
        assertThat(measurements.count()).isEqualTo(before + 2);
        Measurement wres3 = stored("WRES3", "2031/32", null, null);
        assertThat(wres3.value()).isEqualTo(2.0);
        assertThat(wres3.publishedValue()).isEqualTo(1.5);
        assertThat(wres3.hasFlag("PUBLISHED_MISMATCH")).isTrue();
        assertThat(stored("WRES1", "2031/32", "BAME", "band:8a").value()).isEqualTo(12.5);
    }

    @Test
    void relativeLikelihoodsCarryTheirConfidenceIntervalAndPublishedFigureChecksFlagWhatReportsMustNotTrust()
            throws Exception {
        send("edi@kmpt", "kmpt", MediaType.APPLICATION_JSON, """
                [{"indicator": "WRES2", "period": "2038/39", "source": "RECRUITMENT",
                  "inputs": {"white_shortlisted": 2000, "white_appointed": 400, "bame_shortlisted": 1000, "bame_appointed": 100}},
                 {"indicator": "WDES2", "period": "2038/39", "value": 118, "source": "RECRUITMENT"},
                 {"indicator": "WRES3", "period": "2038/39", "source": "EMPLOYEE_RELATIONS",
                  "inputs": {"bame_entered": 3, "bame_headcount": 120, "white_entered": 12, "white_headcount": 900}},
                 {"indicator": "WRES4", "period": "2038/39", "value": "1.05%", "source": "LEARNING_DEVELOPMENT"},
                 {"indicator": "WDES3", "period": "2038/39", "value": 3.5, "source": "EMPLOYEE_RELATIONS"}]
                """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].confidenceInterval.lower", closeTo(1.62837, 1e-5)))
                .andExpect(jsonPath("$[0].confidenceInterval.upper", closeTo(2.45644, 1e-5)))
                .andExpect(jsonPath("$[0].confidenceInterval.level", is(0.95)))
                .andExpect(jsonPath("$[0].confidenceInterval.nonAdverseRange", is("OUTSIDE")))
                .andExpect(jsonPath("$[0].flags", hasSize(0)))
                .andExpect(jsonPath("$[1].flags[0].code", is("RATIO_AS_PERCENT")))
                .andExpect(jsonPath("$[1].flags[0].note", containsString("1.18 meant?")))
                .andExpect(jsonPath("$[1].confidenceInterval").doesNotExist())
                .andExpect(jsonPath("$[2].confidenceInterval.nonAdverseRange", is("ACROSS")))
                .andExpect(jsonPath("$[2].flags[0].code", is("SMALL_NUMBERS")))
                .andExpect(jsonPath("$[2].flags[0].note", containsString("bame_entered = 3")))
                .andExpect(jsonPath("$[3].value", is(1.05)))
                .andExpect(jsonPath("$[3].flags[0].code", is("RATIO_AS_PERCENT")))
                .andExpect(jsonPath("$[4].flags", hasSize(0)));
        Measurement wres2 = stored("WRES2", "2038/39", null, null);
        assertThat(wres2.ciLower()).isCloseTo(1.6283718430447727, within(1e-12));
        assertThat(wres2.ciUpper()).isCloseTo(2.4564413939513314, within(1e-12));
        assertThat(wres2.ciPosition()).isEqualTo("OUTSIDE");
        assertThat(stored("WDES2", "2038/39", null, null).hasFlag("RATIO_AS_PERCENT"))
                .isTrue();
        Measurement wres3 = stored("WRES3", "2038/39", null, null);
        assertThat(wres3.hasFlag("SMALL_NUMBERS")).isTrue();
        assertThat(wres3.ciPosition()).isEqualTo("ACROSS");
        assertThat(stored("WRES4", "2038/39", null, null).hasFlag("WRITTEN_AS_PERCENT"))
                .isFalse();
        // the GET API returns the interval too
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/organisations/kmpt/measurements")
                        .param("indicator", "WRES2")
                        .param("period", "2038/39")
                        .with(as("lead@kmpt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].confidenceInterval.nonAdverseRange", is("OUTSIDE")));
    }

    @Test
    void aFigureForAnExistingSeriesReplacesTheOldOneWithAnAuditEntryShowingBoth() throws Exception {
        send("edi@kmpt", "kmpt", CSV, "indicator,period,group,value,source\nWRES6,2032,BAME,30,STAFF_SURVEY\n")
                .andExpect(status().isCreated());
        long before = measurements.count();
        send("admin", "kmpt", CSV, "indicator,period,group,value,source\nWRES6,2032,BAME,28,STAFF_SURVEY\n")
                .andExpect(status().isCreated());
        assertThat(measurements.count()).isEqualTo(before);
        Measurement now = stored("WRES6", "2032", "BAME", null);
        assertThat(now.value()).isEqualTo(28.0);
        assertThat(now.recordedBy()).isEqualTo("admin");
        List<AuditEvent> trail = audit.forSubject("MEASUREMENT", "kmpt|WRES6|2032|BAME|");
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).eventType()).isEqualTo("FIGURE_REPLACED");
        assertThat(trail.get(0).fromState()).isEqualTo("30.0");
        assertThat(trail.get(0).toState()).isEqualTo("28.0");
        assertThat(trail.get(0).actor()).isEqualTo("admin");
        assertThat(trail.get(0).detail()).contains("edi@kmpt");
    }

    @Test
    void everyRowErrorIsReportedInOnePassAndNothingIsStored() throws Exception {
        long before = measurements.count();
        send("edi@kmpt", "kmpt", CSV, """
                indicator,period,group,value,inputs,source
                WRES5,2033,BAME,20,,STAFF_SURVEY
                NOPE,2033,BAME,20,,STAFF_SURVEY
                WRES5,2033,PURPLE,20,,STAFF_SURVEY
                WRES5,33/34,WHITE,20,,STAFF_SURVEY
                WRES7,2033,BAME,twenty,,STAFF_SURVEY
                WRES2,2033/34,,,white_shortlisted=0;white_appointed=0;bame_shortlisted=10;bame_appointed=5,RECRUITMENT
                WRES3,2033/34,,,bame_entered=-1;bame_headcount=100;white_entered=5;white_headcount=100,EMPLOYEE_RELATIONS
                WDES2,2033/34,,,nondisabled_shortlisted=50;nondisabled_appointed=60;disabled_shortlisted=10;disabled_appointed=2,RECRUITMENT
                WRES4,2033/34,,,white_accessed=x;white_headcount=100;bame_accessed=5;bame_headcount=100,LEARNING_DEVELOPMENT
                WRES5,2033,BAME,21,,STAFF_SURVEY
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title", is("Bad input")))
                .andExpect(jsonPath("$.detail", containsString("nothing was stored")))
                .andExpect(jsonPath("$.errors", hasSize(9)))
                .andExpect(jsonPath("$.errors[0].row", is(2)))
                .andExpect(jsonPath("$.errors[0].field", is("indicator")))
                .andExpect(jsonPath("$.errors[1].row", is(3)))
                .andExpect(jsonPath("$.errors[1].field", is("group")))
                .andExpect(jsonPath("$.errors[2].row", is(4)))
                .andExpect(jsonPath("$.errors[2].field", is("period")))
                .andExpect(jsonPath("$.errors[3].row", is(5)))
                .andExpect(jsonPath("$.errors[3].field", is("value")))
                .andExpect(jsonPath("$.errors[3].message", containsString("not a number")))
                .andExpect(jsonPath("$.errors[4].row", is(6)))
                .andExpect(jsonPath("$.errors[4].field", is("inputs.white_shortlisted")))
                .andExpect(jsonPath("$.errors[4].message", containsString("zero")))
                .andExpect(jsonPath("$.errors[5].row", is(7)))
                .andExpect(jsonPath("$.errors[5].field", is("inputs.bame_entered")))
                .andExpect(jsonPath("$.errors[5].message", containsString("negative")))
                .andExpect(jsonPath("$.errors[6].row", is(8)))
                .andExpect(jsonPath("$.errors[6].field", is("inputs.nondisabled_appointed")))
                .andExpect(jsonPath("$.errors[6].message", containsString("greater than")))
                .andExpect(jsonPath("$.errors[7].row", is(9)))
                .andExpect(jsonPath("$.errors[7].field", is("inputs.white_accessed")))
                .andExpect(jsonPath("$.errors[8].row", is(10)))
                .andExpect(jsonPath("$.errors[8].message", containsString("row 1")));
        assertThat(measurements.count()).isEqualTo(before);
    }

    @Test
    void jsonRowErrorsToo() throws Exception {
        long before = measurements.count();
        send("edi@kmpt", "kmpt", MediaType.APPLICATION_JSON, """
                [{"indicator": "WRES5", "period": "2034", "group": "BAME", "value": "lots", "source": "STAFF_SURVEY"},
                 {"indicator": "WRES2", "period": "2034/35", "group": "BAME",
                  "inputs": {"white_shortlisted": 10, "white_appointed": 2, "bame_shortlisted": 10, "bame_appointed": 1}},
                 42,
                 {"indicator": "WRES5", "period": "2034", "group": "WHITE", "vaule": 3}]
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row", is(1)))
                .andExpect(jsonPath("$.errors[0].field", is("value")))
                .andExpect(jsonPath("$.errors[1].row", is(2)))
                .andExpect(jsonPath("$.errors[1].field", is("group")))
                .andExpect(jsonPath("$.errors[2].row", is(3)))
                .andExpect(jsonPath("$.errors[2].field", is("row")))
                .andExpect(jsonPath("$.errors[3].row", is(4)))
                .andExpect(jsonPath("$.errors[3].field", is("vaule")))
                .andExpect(jsonPath("$.errors", hasSize(5)));
        assertThat(measurements.count()).isEqualTo(before);
    }

    @Test
    void emptyUnreadableAndWrongTypeBodiesAreRefusedWhole() throws Exception {
        long before = measurements.count();
        send("edi@kmpt", "kmpt", CSV, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("empty")));
        send("edi@kmpt", "kmpt", CSV, "indicator,period,group,value,source\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("no rows")));
        send("edi@kmpt", "kmpt", CSV, "PK\u0003\u0004 binary junk\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("header")));
        send("edi@kmpt", "kmpt", MediaType.APPLICATION_JSON, "[]").andExpect(status().isBadRequest());
        send("edi@kmpt", "kmpt", MediaType.APPLICATION_JSON, "{\"indicator\": \"WRES5\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("array")));
        send("edi@kmpt", "kmpt", MediaType.APPLICATION_JSON, "[{\"indicator\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("not valid JSON")));
        send("edi@kmpt", "kmpt", MediaType.TEXT_PLAIN, "indicator,period,group,value,source\nWRES5,2035,BAME,1,X\n")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("text/csv or application/json")));
        send(
                        "edi@kmpt",
                        "kmpt",
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                        "PK")
                .andExpect(status().isUnsupportedMediaType());
        assertThat(measurements.count()).isEqualTo(before);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWithTheLimitNamed() throws Exception {
        long before = measurements.count();
        char[] filler = new char[20 * 1024 * 1024 + 10];
        Arrays.fill(filler, 'x');
        String body = "indicator,period,group,value,source\nWRES5,2036,BAME,1,STAFF_SURVEY\n" + new String(filler);
        send("edi@kmpt", "kmpt", CSV, body)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("20971520 bytes")));
        assertThat(measurements.count()).isEqualTo(before);
    }

    @Test
    void onlyTheOrganisationsEdiTeamAndAdminsMayImport() throws Exception {
        String row = "indicator,period,group,value,source\nWRES8,2037,BAME,11,STAFF_SURVEY\n";
        long before = measurements.count();
        send("lead@kmpt", "kmpt", CSV, row)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send("sponsor@kmpt", "kmpt", CSV, row).andExpect(status().isForbidden());
        send("ics@kent-medway", "kmpt", CSV, row).andExpect(status().isForbidden());
        send("edi@kings", "kmpt", CSV, row).andExpect(status().isNotFound());
        send("edi@kmpt", "kings", CSV, row).andExpect(status().isNotFound());
        send("edi@kmpt", "nowhere", CSV, row).andExpect(status().isNotFound());
        // anonymous, without a session: 401 (API.md); the EDI team's own signed-in browser session without the
        // CSRF token (a forged cross-site post): 403
        mvc.perform(post("/api/organisations/kmpt/measurements")
                        .contentType(CSV)
                        .content(row))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/organisations/kmpt/measurements")
                        .contentType(CSV)
                        .content(row)
                        .with(MvcSession.signedIn(mvc, "edi@kmpt", "parity-demo")))
                .andExpect(status().isForbidden());
        assertThat(measurements.count()).isEqualTo(before);
        send("admin", "kmpt", CSV, row).andExpect(status().isCreated());
        assertThat(measurements.count()).isEqualTo(before + 1);
        assertThat(stored("WRES8", "2037", "BAME", null).recordedBy()).isEqualTo("admin");
    }
}
