package org.parity.plan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parity.support.CreatesActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the editor page tests share: requests as a user, a fresh KMPT plan, and the rows an edit may touch. */
@CreatesActions
abstract class EditorPageSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "parity-demo");
    }

    ResultActions send(MockHttpServletRequestBuilder request, String user, String... params) throws Exception {
        request.with(as(user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    /** A new KMPT plan made through the page; its id. */
    Long newPlan(String title) throws Exception {
        String location = send(
                        post("/organisations/kmpt/plans/new"),
                        "edi@kmpt",
                        "title",
                        title,
                        "standard",
                        "WDES",
                        "period",
                        "2026–28",
                        "description",
                        "Made by hand")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    Map<String, Object> tables() {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String table : List.of(
                "plan", "theme", "action", "action_listing", "action_indicator", "milestone", "workflow_task")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put(
                "edits",
                jdbc.queryForObject(
                        "select count(*) from audit_event where event_type like 'PLAN_%'"
                                + " or event_type like 'THEME_%' or event_type like 'ACTION_C%' or event_type = 'MILESTONE_ADDED'",
                        Long.class));
        return counts;
    }
}
