package org.parity.plan.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Sign in, the home page with the caller's plans, a plan by theme, an action with its fields. */
@ParityTest
class PlanPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanRepository plans;

    @Autowired
    ActionRepository actions;

    @Test
    void theLoginPageIsPublicAndSigningInLandsOnHome() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(view().name("login"))
                .andExpect(content().string(containsString("<label class=\"govuk-label\" for=\"username\"")));
        mvc.perform(formLogin("/login").user("edi@kmpt").password("parity-demo"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("edi@kmpt").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theEdiTeamSeesEveryPlanOfItsOrganisation() throws Exception {
        mvc.perform(get("/").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(view().name("home"))
                .andExpect(model().attribute("organisations", hasSize(1)))
                .andExpect(content().string(containsString("Race Equality Action Plan")))
                .andExpect(content().string(containsString("Next steps for disability equality")))
                .andExpect(content().string(not(containsString("King&#39;s College Hospital"))));
    }

    @Test
    void aPlanShowsItsThemesAndActionsWithStatusInWords() throws Exception {
        Long id = plans.findByKey("ekhuft-wres-2022").orElseThrow().getId();
        mvc.perform(get("/plans/{id}", id).with(httpBasic("lead@ekhuft", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(view().name("plan"))
                .andExpect(content().string(containsString("WRES Indicator 9")))
                .andExpect(content().string(containsString("Listed here a second time in the published document")))
                .andExpect(content().string(containsString("In progress")));
    }

    @Test
    void anActionShowsItsTimescaleIndicatorsAndFlags() throws Exception {
        Long id = actions.findAll().stream()
                .filter(a -> a.getTitle().startsWith("Aspiring Development Programme"))
                .findFirst()
                .orElseThrow()
                .getId();
        mvc.perform(get("/actions/{id}", id).with(httpBasic("sponsor@ekhuft", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(view().name("action"))
                .andExpect(content().string(containsString("showcase event November 2033")))
                .andExpect(content().string(containsString("Impossible date")))
                .andExpect(content().string(containsString("WRES7")));
    }

    @Test
    void anotherOrganisationsPlanIsAFriendlyNotFound() throws Exception {
        Long id = plans.findByKey("kings-wres-2024-25").orElseThrow().getId();
        mvc.perform(get("/plans/{id}", id).with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        mvc.perform(get("/actions/not-a-number").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isNotFound());
    }
}
