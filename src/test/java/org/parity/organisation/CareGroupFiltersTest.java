package org.parity.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.indicator.MeasurementQueries;
import org.parity.indicator.Period;
import org.parity.indicator.internal.MeasurementEntity;
import org.parity.indicator.internal.MeasurementRepository;
import org.parity.plan.ActionStatus;
import org.parity.plan.ReviewCadence;
import org.parity.plan.Timescale;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.Theme;
import org.parity.plan.internal.ThemeRepository;
import org.parity.progress.Rag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care groups used throughout: in a test-only trust with two care groups (acute, community) and one
 * action on each plus one for the whole trust, every "by unit" filter shows that unit's actions and
 * figures and not the others'; a unit without figures of its own shows the trust's and says so; an
 * unknown unit is a 400 naming the field, not an empty page. Each test is rolled back.
 */
@ParityTest
@Transactional
class CareGroupFiltersTest {

    static final String ORG = "cg-trust";

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ActionRepository actions;

    @Autowired
    MeasurementRepository measurements;

    @Autowired
    MeasurementQueries figures;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    OrgUnit acute;
    OrgUnit community;

    @BeforeEach
    void aTrustWithTwoCareGroups() {
        organisations.addSystem("cg-system", "Care group test system");
        organisations.add(new Organisation(ORG, "Care Group Test NHS Trust", "CG Trust", null, "cg-system"));
        acute = organisations.addUnit(ORG, "acute", "Acute Care Group", "CARE_GROUP");
        community = organisations.addUnit(ORG, "community", "Community Care Group", "CARE_GROUP");
        Plan plan =
                plans.save(new Plan("cg-wres", ORG, "WRES", "CG WRES plan", "2024-2026", null, List.of(), List.of()));
        Theme theme = themes.save(new Theme(plan.getId(), 1, "Everything", null, List.of(), List.of(), null, null));
        action(plan, theme, "acute-1", "Reverse mentoring in the acute wards", acute, Rag.RED);
        action(plan, theme, "community-1", "Fair shortlisting in community teams", community, Rag.GREEN);
        action(plan, theme, "trust-1", "Board race equality objectives", null, Rag.AMBER);
        figure("WRES2", "2023/24", 1.60, null);
        figure("WRES2", "2024/25", 1.50, null);
        figure("WRES2", "2023/24", 2.10, acute);
        figure("WRES2", "2024/25", 1.90, acute);
        entityManager.flush();
    }

    private void action(Plan plan, Theme theme, String key, String title, OrgUnit unit, Rag rag) {
        Action a = new Action(plan.getId(), theme.getId(), key, title);
        a.assign("Head of EDI", "lead@kmpt", "Chief People Officer", "sponsor@kmpt");
        a.schedule(new Timescale(
                "2024 to 2026",
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2026, 3, 31),
                ReviewCadence.QUARTERLY,
                List.of()));
        a.describe("Why " + title, List.of(), List.of("Measured by WRES2"), unit == null ? null : unit.id());
        a.linkIndicators(new java.util.HashSet<>(List.of("WRES2")));
        a.changeStatus(ActionStatus.IN_PROGRESS);
        a.report(rag, 40);
        actions.save(a);
    }

    private void figure(String indicator, String period, double value, OrgUnit unit) {
        MeasurementEntity m = new MeasurementEntity(
                ORG,
                indicator,
                Period.parse(period),
                "",
                null,
                value,
                null,
                null,
                "ESR",
                "cg",
                null,
                List.of(),
                "test");
        m.setUnitId(unit == null ? null : unit.id());
        measurements.save(m);
    }

    // ----- find actions (API and page)

    @Test
    void findActionsByUnitShowsThatUnitsActionsAndNotTheOthers() throws Exception {
        mvc.perform(get("/api/actions")
                        .param("org", ORG)
                        .param("unit", "acute")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("Reverse mentoring in the acute wards"));
        mvc.perform(get("/api/actions").param("org", ORG).with(httpBasic("admin", "parity-demo")))
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/actions").param("unit", "community").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fair shortlisting in community teams")))
                .andExpect(content().string(not(containsString("Reverse mentoring in the acute wards"))))
                .andExpect(content().string(not(containsString("Board race equality objectives"))))
                .andExpect(content().string(containsString("<option value=\"community\" selected=\"selected\">")));
    }

    @Test
    void anUnknownUnitIsABadRequestNamingTheFieldNotAnEmptyList() throws Exception {
        mvc.perform(get("/api/actions")
                        .param("org", ORG)
                        .param("unit", "nowhere")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(jsonPath("$.detail").value(containsString("nowhere")));
        mvc.perform(get("/actions").param("unit", "nowhere").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("unknown unit &#39;nowhere&#39;")));
        mvc.perform(get("/organisations/" + ORG + "/dashboard")
                        .param("unit", "nowhere")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/organisations/" + ORG + "/report")
                        .param("unit", "nowhere")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        // a unit of another organisation is not one of this organisation's
        mvc.perform(get("/api/organisations/" + ORG + "/report")
                        .param("unit", "william-harvey")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aLeadOnlySeesUnitsOfOrganisationsTheyRead() throws Exception {
        // lead@kmpt does not read cg-trust: its units are not theirs to filter by
        mvc.perform(get("/api/actions").param("unit", "acute").with(httpBasic("lead@kmpt", "parity-demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/organisations/" + ORG + "/units").with(httpBasic("lead@kmpt", "parity-demo")))
                .andExpect(status().isNotFound());
    }

    // ----- the EDI dashboard

    @Test
    void theDashboardByUnitCountsThatUnitsActionsOnly() throws Exception {
        mvc.perform(get("/organisations/" + ORG + "/dashboard").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Actions by status and RAG (3 actions)")));
        mvc.perform(get("/organisations/" + ORG + "/dashboard")
                        .param("unit", "acute")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Actions by status and RAG (1 actions)")))
                .andExpect(content().string(containsString("Showing the actions of Acute Care Group")))
                .andExpect(content().string(containsString("<option value=\"acute\" selected=\"selected\">")));
    }

    // ----- the live report and the board summary

    @Test
    void theReportByUnitHasItsActionsAndItsOwnFigures() throws Exception {
        mvc.perform(get("/api/organisations/" + ORG + "/report")
                        .param("standard", "WRES")
                        .param("unit", "acute")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions.length()").value(1))
                .andExpect(jsonPath("$.actions[0].title").value("Reverse mentoring in the acute wards"))
                .andExpect(jsonPath("$.counts.actions").value(1))
                .andExpect(jsonPath("$.scope.unit").value("acute"))
                .andExpect(jsonPath("$.scope.unitFigures").value(true))
                .andExpect(jsonPath("$.indicators[?(@.code == 'WRES2')].value").value(1.90))
                .andExpect(
                        jsonPath("$.indicators[?(@.code == 'WRES2')].previous").value(2.10));
        mvc.perform(get("/api/organisations/" + ORG + "/report")
                        .param("standard", "WRES")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(jsonPath("$.actions.length()").value(3))
                .andExpect(jsonPath("$.scope.unit").doesNotExist())
                .andExpect(jsonPath("$.indicators[?(@.code == 'WRES2')].value").value(1.50));
    }

    @Test
    void aUnitWithoutFiguresOfItsOwnShowsTheOrganisationsAndSaysSo() throws Exception {
        mvc.perform(get("/api/organisations/" + ORG + "/report")
                        .param("standard", "WRES")
                        .param("unit", "community")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions.length()").value(1))
                .andExpect(jsonPath("$.actions[0].title").value("Fair shortlisting in community teams"))
                .andExpect(jsonPath("$.scope.unitFigures").value(false))
                .andExpect(jsonPath("$.indicators[?(@.code == 'WRES2')].value").value(1.50));
        mvc.perform(get("/organisations/" + ORG + "/report")
                        .param("standard", "WRES")
                        .param("unit", "community")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "For Community Care Group: its actions. It has no figures of its own, so the figures are the"
                                        + " whole organisation&#39;s.")))
                .andExpect(content().string(not(containsString("Reverse mentoring in the acute wards"))))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "/api/organisations/cg-trust/report?standard=WRES&amp;period=&amp;format=pdf&amp;unit=community")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "/organisations/cg-trust/report/summary?standard=WRES&amp;period=&amp;unit=community")));
    }

    @Test
    void theBoardSummaryByUnitInJsonHtmlAndPdf() throws Exception {
        mvc.perform(get("/api/organisations/" + ORG + "/report/summary")
                        .param("standard", "WRES")
                        .param("unit", "acute")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.unit").value("acute"))
                .andExpect(jsonPath("$.actions.length()").value(1))
                .andExpect(jsonPath("$.actions[0].title").value("Reverse mentoring in the acute wards"))
                .andExpect(jsonPath("$.indicators[?(@.code == 'WRES2')].value").value(1.90));
        mvc.perform(get("/api/organisations/" + ORG + "/report/summary")
                        .param("standard", "WRES")
                        .param("unit", "acute")
                        .param("format", "html")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Acute Care Group")))
                .andExpect(content().string(containsString("Reverse mentoring in the acute wards")))
                .andExpect(content().string(not(containsString("Fair shortlisting in community teams"))));
        byte[] pdf = mvc.perform(get("/api/organisations/" + ORG + "/report/summary")
                        .param("standard", "WRES")
                        .param("unit", "acute")
                        .param("format", "pdf")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    // ----- figures by unit never mix with the organisation's series

    @Test
    void aUnitsFiguresAreTheirOwnSeries() {
        assertThat(figures.of(ORG, "WRES2", null)).extracting(m -> m.value()).containsExactly(1.60, 1.50);
        assertThat(figures.latest(ORG, "WRES2", null, null))
                .get()
                .extracting(m -> m.value())
                .isEqualTo(1.50);
        assertThat(figures.ofUnit(ORG, acute.id())).extracting(m -> m.value()).containsExactly(2.10, 1.90);
        assertThat(figures.ofUnit(ORG, community.id())).isEmpty();
    }

    @Test
    void theFiguresImportTakesAUnitColumnAndAnUnknownUnitStoresNothing() throws Exception {
        long before = count();
        String bad = "indicator,period,group,value,source,unit\n"
                + "WRES2,2025/26,,1.40,ESR,\n"
                + "WRES2,2025/26,,1.70,ESR,nowhere\n";
        mvc.perform(post("/api/organisations/" + ORG + "/measurements")
                        .contentType("text/csv")
                        .content(bad)
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("acute, community")));
        assertThat(count()).isEqualTo(before);

        String good = "indicator,period,group,value,source,unit\n"
                + "WRES2,2025/26,,1.40,ESR,\n"
                + "WRES2,2025/26,,1.70,ESR,acute\n";
        mvc.perform(post("/api/organisations/" + ORG + "/measurements")
                        .contentType("text/csv")
                        .content(good)
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].unit").doesNotExist())
                .andExpect(jsonPath("$[1].unit").value("acute"));
        assertThat(count()).isEqualTo(before + 2);
        // the same indicator, period and group once for the trust and once for the unit: two series
        assertThat(figures.latest(ORG, "WRES2", null, null))
                .get()
                .extracting(m -> m.value())
                .isEqualTo(1.40);
        mvc.perform(get("/api/organisations/" + ORG + "/measurements")
                        .param("indicator", "WRES2")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.unit == 'acute')]").isEmpty());
        mvc.perform(get("/api/organisations/" + ORG + "/measurements")
                        .param("unit", "acute")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[2].value").value(1.70))
                .andExpect(jsonPath("$[2].unit").value("acute"));
        // importing the unit's figure again replaces it, not the trust's
        mvc.perform(post("/api/organisations/" + ORG + "/measurements")
                        .contentType("text/csv")
                        .content("indicator,period,group,value,source,unit\nWRES2,2025/26,,1.65,ESR,acute\n")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isCreated());
        assertThat(count()).isEqualTo(before + 2);
        assertThat(figures.latest(ORG, "WRES2", null, null))
                .get()
                .extracting(m -> m.value())
                .isEqualTo(1.40);
        assertThat(figures.ofUnit(ORG, acute.id())).extracting(m -> m.value()).containsExactly(2.10, 1.90, 1.65);
    }

    @Test
    void theImportPreviewShowsEachRowsUnitAndAnUnknownUnitBesideItsRow() throws Exception {
        String csv = "indicator,period,group,value,source,unit\n"
                + "WRES2,2025/26,,1.40,ESR,\n"
                + "WRES2,2025/26,,1.70,ESR,nowhere\n";
        mvc.perform(multipart("/organisations/" + ORG + "/imports")
                        .file(new MockMultipartFile("file", "figures.csv", "text/csv", csv.getBytes()))
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Whole organisation")))
                .andExpect(content().string(containsString("unit: unknown unit &#39;nowhere&#39;")));
        assertThat(count()).isEqualTo(4);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from measurement where organisation_code = ?", Long.class, ORG);
    }

    // ----- the ICS comparison by unit kind

    @Test
    void theSystemComparisonByUnitKindComparesUnitsWhereTwoTrustsHaveThatKind() throws Exception {
        organisations.add(new Organisation("cg-other", "Other Test NHS Trust", "Other", null, "cg-system"));
        organisations.addUnit("cg-other", "north", "North Care Group", "CARE_GROUP");
        entityManager.flush();
        mvc.perform(get("/api/systems/cg-system/report")
                        .param("standard", "WRES")
                        .param("unitKind", "CARE_GROUP")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byUnit").value(true))
                .andExpect(jsonPath("$.organisations.length()").value(3))
                .andExpect(jsonPath("$.organisations[0]").value("cg-other/north"))
                .andExpect(jsonPath("$.actions[?(@.unit == 'acute')].counts.actions")
                        .value(1))
                .andExpect(jsonPath("$.actions[?(@.unit == 'acute')].name").value("CG Trust: Acute Care Group"))
                .andExpect(jsonPath("$.indicators[?(@.code == 'WRES2')].cells['cg-trust/acute'].value")
                        .value(1.90))
                // community has no figures of its own: its column stays empty rather than show the trust's
                .andExpect(jsonPath("$.indicators[?(@.code == 'WRES2')].cells['cg-trust/community']")
                        .isEmpty());
    }

    @Test
    void theSystemComparisonSaysSoWhenOnlyOneTrustHasThatKind() throws Exception {
        mvc.perform(get("/api/systems/cg-system/report")
                        .param("unitKind", "CARE_GROUP")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byUnit").value(false))
                .andExpect(jsonPath("$.organisations[0]").value(ORG))
                .andExpect(jsonPath("$.organisationsWithKind[0]").value(ORG));
        mvc.perform(get("/systems/cg-system/report").param("unitKind", "SITE").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "No organisation of this system has units of the kind Site, so the organisations are compared.")));
        mvc.perform(get("/api/systems/cg-system/report")
                        .param("unitKind", "WARD")
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitKind"));
    }
}
