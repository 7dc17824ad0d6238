package org.parity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.Caller;
import org.parity.people.internal.AppUserRepository;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.parity.support.TestActions;
import org.parity.workflow.ProcessGateway;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The action page's timeline: updates, decisions and audit events newest first; what is waiting or
 * was returned shows to the lead, the sponsor and the EDI team of the organisation, never to a board reader.
 */
@org.parity.support.CreatesActions
@ParityTest
class ActionTimelinePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActionRepository actions;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ProcessGateway gateway;

    @Autowired
    TaskQueries tasks;

    @Autowired
    AppUserRepository users;

    @Autowired
    ObjectMapper json;

    @Test
    void theTimelineShowsUpdatesDecisionsAndEventsNewestFirstAndHidesPendingWorkFromOutsiders() throws Exception {
        Long id = new TestActions(actions, plans, themes)
                .create("lead@kmpt", "sponsor@kmpt")
                .getId();
        gateway.startUnderWay(List.of(id));
        complete(
                "lead@kmpt", id, Map.of("rag", "AMBER", "percentComplete", 30, "narrative", "First draft of the plan"));
        complete("sponsor@kmpt", id, Map.of("decision", "RETURN", "comment", "Say who was consulted"));
        complete(
                "lead@kmpt",
                id,
                Map.of("rag", "GREEN", "percentComplete", 50, "narrative", "Consulted three staff networks"));
        complete("sponsor@kmpt", id, Map.of("decision", "APPROVE"));
        complete("lead@kmpt", id, Map.of("rag", "GREEN", "percentComplete", 60, "narrative", "Pilot cohort recruited"));

        for (String insider : List.of("lead@kmpt", "sponsor@kmpt", "edi@kmpt")) {
            mvc.perform(get("/actions/{id}", id).with(httpBasic(insider, "parity-demo")))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("insider", true))
                    .andExpect(content().string(containsString("Say who was consulted")))
                    .andExpect(content().string(containsString("Returned to the lead")))
                    .andExpect(content().string(containsString("Pilot cohort recruited")))
                    .andExpect(content().string(containsString("Waiting for the sponsor")));
        }
        MvcResult board = mvc.perform(get("/actions/{id}", id).with(httpBasic("ics@kent-medway", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("insider", false))
                .andExpect(content().string(containsString("Consulted three staff networks")))
                .andExpect(content().string(containsString("RAG and percent complete updated")))
                .andExpect(content().string(not(containsString("Say who was consulted"))))
                .andExpect(content().string(not(containsString("First draft of the plan"))))
                .andExpect(content().string(not(containsString("Pilot cohort recruited"))))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<ActionTimeline.Entry> entries =
                (List<ActionTimeline.Entry>) board.getModelAndView().getModel().get("timeline");
        assertThat(entries)
                .extracting(ActionTimeline.Entry::at)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(entries)
                .extracting(ActionTimeline.Entry::what)
                .contains("timeline.update", "timeline.review.REVIEW", "timeline.event.ACTION_REPORTED");
    }

    private void complete(String user, Long actionId, Map<String, Object> form) {
        Caller caller = users.findByUsername(user).orElseThrow().toCaller();
        TaskView task = tasks.openFor(caller).stream()
                .filter(t -> actionId.equals(t.actionId()))
                .findFirst()
                .orElseThrow();
        gateway.complete(task.id(), caller, json.valueToTree(form));
    }
}
