package org.parity.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.plan.ActionStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The EDI team's dashboard (with chasing an overdue update) and withdrawing an action with a reason. */
@ParityTest
class DashboardAndWithdrawalPagesTest extends PageSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void theDashboardCountsActionsByStatusAndRagAndListsWhatNeedsTheEdiTeam() throws Exception {
        Long waiting = underWayAction("lead@kmpt", "sponsor@kmpt");
        mvc.perform(post("/tasks/{id}", openTask(waiting, "PROGRESS_UPDATE"))
                        .with(as("lead@kmpt"))
                        .with(csrf())
                        .param("rag", "AMBER")
                        .param("percentComplete", "30")
                        .param("narrative", "Under way"))
                .andExpect(status().is3xxRedirection());
        MvcResult page = mvc.perform(get("/organisations/kmpt/dashboard").with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(view().name(DashboardController.DASHBOARD))
                .andExpect(model().attributeExists("counts", "overdue", "offTrack", "waiting", "dueSoon"))
                .andExpect(content().string(containsString("Actions by status and RAG")))
                .andExpect(content().string(containsString("Waiting on sponsors")))
                .andReturn();
        Map<String, Object> m = page.getModelAndView().getModel();
        long total = jdbc.queryForObject(
                "select count(*) from action a join plan p on p.id = a.plan_id" + " where p.organisation_code = 'kmpt'",
                Long.class);
        assertThat(m.get("total")).isEqualTo((int) total);
        @SuppressWarnings("unchecked")
        Map<ActionStatus, Map<String, Long>> counts = (Map<ActionStatus, Map<String, Long>>) m.get("counts");
        assertThat(counts.values().stream().mapToLong(r -> r.get("TOTAL")).sum())
                .isEqualTo(total);
        assertThat(counts.get(ActionStatus.IN_PROGRESS).get("TOTAL"))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from action a join plan p on p.id = a.plan_id"
                                + " where p.organisation_code = 'kmpt' and a.status = 'IN_PROGRESS'",
                        Long.class));
        @SuppressWarnings("unchecked")
        List<MyWorkController.TaskRow> reviews = (List<MyWorkController.TaskRow>) m.get("waiting");
        assertThat(reviews).anySatisfy(r -> assertThat(r.task().actionId()).isEqualTo(waiting));
    }

    @Test
    void anOverdueUpdateIsListedAndTheEdiTeamChasesItFromTheDashboard() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        jdbc.update(
                "update workflow_task set due_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)),
                openTask(id, "PROGRESS_UPDATE"));
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(id.toString())
                .singleResult()
                .getId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId("updateGracePassed")
                .singleResult()
                .getId());
        String chase = openTask(id, "OVERDUE_CHASE");
        mvc.perform(get("/organisations/kmpt/dashboard").with(as("edi@kmpt")))
                .andExpect(content().string(containsString("/tasks/" + chase)));
        mvc.perform(post("/tasks/{id}", chase).with(as("edi@kmpt")).with(csrf()).param("comment", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "comment"));
        mvc.perform(post("/tasks/{id}", chase).with(as("edi@kmpt")).with(csrf()).param("comment", "Phoned the lead"))
                .andExpect(redirectedUrl("/organisations/kmpt/dashboard"))
                .andExpect(flash().attribute("message", "task.done.OVERDUE_CHASE"));
    }

    @Test
    void onlyTheOrganisationsEdiTeamSeesItsDashboard() throws Exception {
        mvc.perform(get("/organisations/kmpt/dashboard").with(as("lead@kmpt"))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/kmpt/dashboard").with(as("sponsor@kmpt")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/kmpt/dashboard").with(as("edi@ekhuft"))).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/nowhere/dashboard").with(as("edi@kmpt")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEdiTeamWithdrawsAnActionWithAReasonAndNobodyElseCan() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        mvc.perform(get("/actions/{id}", id).with(as("edi@kmpt")))
                .andExpect(content().string(containsString("/actions/" + id + "/withdraw")));
        mvc.perform(get("/actions/{id}", id).with(as("lead@kmpt")))
                .andExpect(content().string(not(containsString("/actions/" + id + "/withdraw"))));
        mvc.perform(get("/actions/{id}/withdraw", id).with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(view().name(WithdrawalController.WITHDRAW));

        Map<String, Object> before = snapshot(id);
        mvc.perform(get("/actions/{id}/withdraw", id).with(as("lead@kmpt"))).andExpect(status().isForbidden());
        mvc.perform(post("/actions/{id}/withdraw", id)
                        .with(as("lead@kmpt"))
                        .with(csrf())
                        .param("reason", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/actions/{id}/withdraw", id)
                        .with(as("edi@ekhuft"))
                        .with(csrf())
                        .param("reason", "Ours"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/actions/{id}/withdraw", id)
                        .with(as("edi@kmpt"))
                        .with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "reason"))
                .andExpect(content().string(containsString("href=\"#reason\"")));
        assertThat(snapshot(id)).isEqualTo(before);

        mvc.perform(post("/actions/{id}/withdraw", id)
                        .with(as("edi@kmpt"))
                        .with(csrf())
                        .param("reason", "Merged into the Stepping Up action"))
                .andExpect(redirectedUrl("/actions/" + id))
                .andExpect(flash().attribute("message", "withdraw.done"));
        assertThat(statusOf(jdbc, id)).isEqualTo(ActionStatus.WITHDRAWN);
        mvc.perform(get("/actions/{id}", id).with(as("ics@kent-medway")))
                .andExpect(content().string(containsString("Merged into the Stepping Up action")))
                .andExpect(content().string(containsString("Action withdrawn")));
    }

    @Test
    void theTimelineSaysAChangeOfStatusInWords() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        mvc.perform(post("/actions/{id}/withdraw", id)
                        .with(as("edi@kmpt"))
                        .with(csrf())
                        .param("reason", "Merged into another action"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/actions/{id}", id).with(as("edi@kmpt")))
                .andExpect(content().string(containsString("→ Withdrawn")))
                .andExpect(content().string(not(containsString("→ WITHDRAWN"))));
    }
}
