package org.parity.plan.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Text search, filters and pages over the actions a caller may see. */
@ParityTest
class ActionSearchPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void searchesTextWithinTheCallersOrganisations() throws Exception {
        mvc.perform(get("/actions").param("q", "stepping up").with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(view().name("actions"))
                .andExpect(model().attribute("total", 1))
                .andExpect(content().string(containsString("Apply for The Stepping Up Programme")));
        mvc.perform(get("/actions").param("q", "stepping up").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(model().attribute("total", 0))
                .andExpect(content().string(containsString("No actions found")));
    }

    @Test
    void filtersByStandardStatusAndLead() throws Exception {
        var result = mvc.perform(get("/actions").param("standard", "WDES").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(model().attribute("total", 10))
                .andReturn();
        @SuppressWarnings("unchecked")
        var results = (java.util.List<org.parity.plan.PlanViews.ActionSummary>)
                result.getModelAndView().getModel().get("results");
        org.assertj.core.api.Assertions.assertThat(results)
                .hasSize(10)
                .allMatch(a -> a.standard().equals("WDES"));
        mvc.perform(get("/actions")
                        .param("standard", "WRES")
                        .param("status", "WITHDRAWN")
                        .with(httpBasic("edi@kings", "parity-demo")))
                .andExpect(model().attribute("total", 0));
        mvc.perform(get("/actions").param("lead", "nobody-like-this").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(model().attribute("total", 0));
    }

    @Test
    void resultsComeTwentyFiveToAPageWithLinksThatKeepTheFilters() throws Exception {
        mvc.perform(get("/actions").param("standard", "EDI").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(model().attribute("results", hasSize(25)))
                .andExpect(model().attribute("page", 1))
                .andExpect(content().string(containsString("standard=EDI")))
                .andExpect(content().string(containsString("page=2")));
        mvc.perform(get("/actions")
                        .param("standard", "EDI")
                        .param("page", "2")
                        .with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(model().attribute("page", 2))
                .andExpect(content().string(not(containsString("aria-current=\"page\" aria-label=\"Page 1\""))));
    }
}
