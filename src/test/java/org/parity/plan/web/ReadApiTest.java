package org.parity.plan.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The read API of API.md: each caller sees only their organisations; others' data is 404, not 403. */
@ParityTest
class ReadApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanRepository plans;

    @Autowired
    ActionRepository actions;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "parity-demo");
    }

    @Test
    void anonymousCallersGetA401ProblemAndABasicChallenge() throws Exception {
        mvc.perform(get("/api/organisations"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status", is(401)));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(get("/api/organisations").with(httpBasic("edi@kmpt", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void eachCallerSeesOnlyTheirOrganisations() throws Exception {
        mvc.perform(get("/api/organisations").with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("kmpt")));
        mvc.perform(get("/api/organisations").with(as("lead@kings")))
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("kings")));
        mvc.perform(get("/api/organisations").with(as("ics@kent-medway")))
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("kmpt", "ekhuft")));
        mvc.perform(get("/api/organisations").with(as("admin")))
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("kmpt", "ekhuft", "kings")));
    }

    @Test
    void anotherOrganisationsPlansAndFiguresAreNotFound() throws Exception {
        mvc.perform(get("/api/organisations/kings/plans").with(as("edi@kmpt")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/organisations/kings/measurements").with(as("ics@kent-medway")))
                .andExpect(status().isNotFound());
        Long kingsPlan = plans.findByKey("kings-wres-2024-25").orElseThrow().getId();
        mvc.perform(get("/api/plans/{id}", kingsPlan).with(as("sponsor@kmpt"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/actions/{id}", firstActionOf("kings-wres-2024-25"))
                        .with(as("sponsor@ekhuft")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/actions").param("org", "kings").with(as("edi@kmpt")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEdiTeamSeesEveryPlanOfItsOrganisationWithActionCounts() throws Exception {
        mvc.perform(get("/api/organisations/kmpt/plans").with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(8)))
                .andExpect(jsonPath("$[?(@.key == 'kmpt-race-2025-27')].actions", containsInAnyOrder(16)))
                .andExpect(jsonPath("$[?(@.key == 'kmpt-race-2025-27')].standard", containsInAnyOrder("WRES")));
    }

    @Test
    void theIcsReaderReadsEveryOrganisationOfItsSystem() throws Exception {
        mvc.perform(get("/api/organisations/ekhuft/plans").with(as("ics@kent-medway")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/organisations/kmpt/measurements")
                        .param("indicator", "WRES2")
                        .with(as("ics@kent-medway")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void planDetailListsThemesAndEveryListingOfEachAction() throws Exception {
        Long id = plans.findByKey("ekhuft-wres-2022").orElseThrow().getId();
        mvc.perform(get("/api/plans/{id}", id).with(as("edi@ekhuft")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation", is("ekhuft")))
                .andExpect(jsonPath("$.themes", hasSize(9)))
                .andExpect(jsonPath("$.themes[1].title", is("WRES Indicator 2")))
                .andExpect(jsonPath("$.themes[1].actions", hasSize(5)))
                .andExpect(jsonPath("$.themes[1].actions[4].duplicateListing", is(true)));
    }

    @Test
    void actionSearchFindsTextInTitlesAndSuccessMeasuresWithinTheCallersOrganisations() throws Exception {
        mvc.perform(get("/api/actions").param("q", "stepping up").with(as("edi@ekhuft")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].title", startsWith("Apply for The Stepping Up Programme")));
        mvc.perform(get("/api/actions").param("q", "stepping up").with(as("edi@kmpt")))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/actions").param("q", "panel diversity compliance").with(as("lead@kmpt")))
                .andExpect(jsonPath("$[*].title", hasItem("Introduce diverse panels across all bands")));
        mvc.perform(get("/api/actions").with(as("edi@kings"))).andExpect(jsonPath("$", hasSize(21)));
    }

    @Test
    void actionDetailHasItsFieldsIndicatorsAndMilestones() throws Exception {
        Long id = actions.findAll().stream()
                .filter(a -> a.getTitle().startsWith("Improve ESR ethnicity declaration"))
                .findFirst()
                .map(Action::getId)
                .orElseThrow();
        mvc.perform(get("/api/actions/{id}", id).with(as("lead@ekhuft")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lead", is("lead@ekhuft")))
                .andExpect(jsonPath("$.sponsor", is("sponsor@ekhuft")))
                .andExpect(jsonPath("$.status", is("IN_PROGRESS")))
                .andExpect(jsonPath("$.indicators", hasItem("EKHUFT_ESR_ETHNICITY_UNDECLARED")))
                .andExpect(jsonPath("$.milestones[0].indicator", is("EKHUFT_ESR_ETHNICITY_UNDECLARED")))
                .andExpect(jsonPath("$.milestones[0].baseline", is(22.0)))
                .andExpect(jsonPath("$.milestones[0].target", is(19.0)));
    }

    @Test
    void indicatorsAreTheNationalCatalogueAndOnlyTheCallersLocalOnes() throws Exception {
        mvc.perform(get("/api/indicators").param("standard", "WRES").with(as("edi@ekhuft")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("WRES9")))
                .andExpect(jsonPath("$[*].code", hasItem("EKHUFT_ESR_ETHNICITY_UNDECLARED")))
                .andExpect(jsonPath("$[*].code", everyItem(not(startsWith("KMPT_")))));
        mvc.perform(get("/api/indicators").param("standard", "WDES").with(as("edi@kings")))
                .andExpect(jsonPath("$", hasSize(16))) // WDES1–10 with 4, 4a–4d, 9, 9a, 9b
                .andExpect(
                        jsonPath("$[?(@.code == 'WDES2')].inputs[0]", containsInAnyOrder("nondisabled_shortlisted")));
        mvc.perform(get("/api/indicators").param("standard", "NOPE").with(as("edi@kings")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("standard")));
    }

    private Long firstActionOf(String planKey) {
        return actions.findByPlanIdOrderById(
                        plans.findByKey(planKey).orElseThrow().getId())
                .get(0)
                .getId();
    }
}
