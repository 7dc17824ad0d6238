package org.parity.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.Flag;
import org.parity.indicator.FigureRow;
import org.parity.indicator.MeasurementService;
import org.parity.plan.PlanDraft;
import org.parity.plan.PlanService;
import org.parity.progress.ProgressService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Script payloads typed into titles, narratives and imported notes come out as text, never as markup. */
@ParityTest
class ScriptInjectionTest {

    static final String PAYLOAD = "<script>alert('owned')</script><img src=x onerror=alert(1)>";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Autowired
    ProgressService progress;

    @Autowired
    MeasurementService measurements;

    @Test
    void titlesNarrativesAndFlagsAreEscapedInPages() throws Exception {
        var action = new PlanDraft.ActionDraft(
                "xss",
                "Title " + PAYLOAD,
                "Why " + PAYLOAD,
                "Lead " + PAYLOAD,
                null,
                "lead@kmpt",
                "sponsor@kmpt",
                List.of("Stakeholder " + PAYLOAD),
                "From May 2026",
                List.of("Measure " + PAYLOAD),
                List.of("WRES2"),
                null,
                null,
                List.of(),
                List.of(Flag.of("NOTE", "Flag " + PAYLOAD)),
                1);
        Map<String, Long> ids = plans.create(
                new PlanDraft(
                        "xss-plan",
                        "kmpt",
                        "WRES",
                        "Plan " + PAYLOAD,
                        "2026",
                        null,
                        List.of(),
                        List.of(),
                        List.of(new PlanDraft.ThemeDraft(
                                "Theme " + PAYLOAD,
                                null,
                                List.of(),
                                List.of(),
                                null,
                                List.of(),
                                null,
                                List.of(action)))),
                LocalDate.of(2026, 1, 1),
                "test");
        Long id = ids.get("xss");
        progress.recordPublished(id, List.of("Narrative " + PAYLOAD), "test");

        String escaped = "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;";
        mvc.perform(get("/actions/{id}", id).with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Title " + escaped)))
                .andExpect(content().string(containsString("Narrative " + escaped)))
                .andExpect(content().string(containsString("Flag " + escaped)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))));
        mvc.perform(get("/").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(content().string(containsString("Plan " + escaped)))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void importedNotesAndFlagsAreEscaped() throws Exception {
        measurements.record(
                "kmpt",
                List.of(new FigureRow(
                        "WRES8",
                        "2049",
                        "BAME",
                        null,
                        11.0,
                        null,
                        "STAFF_SURVEY",
                        "doc " + PAYLOAD,
                        "note " + PAYLOAD,
                        List.of(Flag.of("ESTIMATED", "flag " + PAYLOAD)))),
                "test");
        mvc.perform(get("/organisations/kmpt/indicators/WRES8").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))));
        mvc.perform(get("/api/organisations/kmpt/measurements")
                        .param("indicator", "WRES8")
                        .with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }
}
