package org.parity.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanViews.ActionLine;
import org.parity.progress.Rag;
import org.parity.workflow.TaskKind;
import org.parity.workflow.TaskView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** "My actions" (urgency order, flags, my tasks) and "Waiting for my decision" (oldest first, overdue marked). */
@ParityTest
class MyWorkPagesTest extends PageSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void theLeadSeesTheActionsTheyLeadWithTheNextUpdateDueAndTheirTasks() throws Exception {
        // a lead of a few actions: lead@kmpt leads every seeded action, more than one page of 25
        ensureLeadAndSponsor("few@kmpt");
        Long id = underWayAction("few@kmpt", "sponsor@kmpt");
        String task = openTask(id, "PROGRESS_UPDATE");
        MvcResult page = mvc.perform(get("/my/actions").with(as("few@kmpt")))
                .andExpect(status().isOk())
                .andExpect(view().name(MyWorkController.MY_ACTIONS))
                .andExpect(content().string(containsString("/tasks/" + task)))
                .andExpect(content().string(containsString("Submit progress update")))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<MyWorkController.MyAction> actions = (List<MyWorkController.MyAction>)
                page.getModelAndView().getModel().get("actions");
        assertThat(actions).anySatisfy(a -> {
            assertThat(a.action().id()).isEqualTo(id);
            assertThat(a.nextUpdateDue()).isNotNull();
            assertThat(a.overdue()).isFalse();
        });
        assertThat(actions).allSatisfy(a -> assertThat(a.action().lead()).isEqualTo("few@kmpt"));
        assertThat(actions).isSortedAccordingTo(MyWorkController.MyAction.URGENCY);
        @SuppressWarnings("unchecked")
        List<MyWorkController.MyAction> seeded =
                (List<MyWorkController.MyAction>) mvc.perform(get("/my/actions").with(as("lead@kmpt")))
                        .andReturn()
                        .getModelAndView()
                        .getModel()
                        .get("actions");
        assertThat(seeded).hasSize(MyWorkController.PAGE_SIZE).isSortedAccordingTo(MyWorkController.MyAction.URGENCY);

        mvc.perform(get("/my/actions").with(as("lead@ekhuft")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/tasks/" + task))));
    }

    @Test
    void urgencyPutsOverdueFirstThenOffTrackThenTheSoonestDue() {
        Instant now = Instant.parse("2026-06-01T09:00:00Z");
        LocalDate today = LocalDate.of(2026, 6, 1);
        MyWorkController.MyAction late =
                MyWorkController.MyAction.of(line(1L, Rag.GREEN, false), task(1L, now.minusSeconds(60)), now, today);
        MyWorkController.MyAction red = MyWorkController.MyAction.of(
                line(2L, Rag.RED, false), task(2L, now.plusSeconds(9_000_000)), now, today);
        MyWorkController.MyAction milestone = MyWorkController.MyAction.of(line(3L, Rag.GREEN, true), null, now, today);
        MyWorkController.MyAction soon =
                MyWorkController.MyAction.of(line(4L, Rag.AMBER, false), task(4L, now.plusSeconds(60)), now, today);
        MyWorkController.MyAction later =
                MyWorkController.MyAction.of(line(5L, null, false), task(5L, now.plusSeconds(600)), now, today);
        assertThat(late.overdue()).isTrue();
        assertThat(red.offTrack()).isTrue();
        assertThat(milestone.offTrack()).isTrue();
        assertThat(List.of(later, soon, milestone, red, late).stream()
                        .sorted(MyWorkController.MyAction.URGENCY)
                        .toList())
                .containsExactly(late, red, milestone, soon, later);
    }

    @Test
    void theSponsorSeesWhatWaitsForThemOldestFirst() throws Exception {
        Long first = underWayAction("lead@kmpt", "sponsor@kmpt");
        Long second = underWayAction("lead@kmpt", "sponsor@kmpt");
        for (Long id : List.of(first, second)) {
            mvc.perform(post("/tasks/{id}", openTask(id, "PROGRESS_UPDATE"))
                            .with(as("lead@kmpt"))
                            .with(csrf())
                            .param("rag", "GREEN")
                            .param("percentComplete", "10")
                            .param("narrative", "Started"))
                    .andExpect(status().is3xxRedirection());
        }
        MvcResult page = mvc.perform(get("/my/decisions").with(as("sponsor@kmpt")))
                .andExpect(status().isOk())
                .andExpect(view().name(MyWorkController.MY_DECISIONS))
                .andExpect(content().string(containsString("Review progress update")))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<MyWorkController.TaskRow> rows = (List<MyWorkController.TaskRow>)
                page.getModelAndView().getModel().get("decisions");
        assertThat(rows).extracting(r -> r.task().kind()).containsOnly(TaskKind.REVIEW);
        assertThat(rows).extracting(r -> r.task().actionId()).containsSubsequence(first, second);
        assertThat(rows).extracting(r -> r.task().created()).isSorted();

        mvc.perform(get("/my/decisions").with(as("lead@kmpt")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing is waiting for your decision.")));
    }

    @Test
    void theHeaderOffersOnlyTheLinksOfTheCallersRoles() throws Exception {
        mvc.perform(get("/").with(as("lead@kmpt")))
                .andExpect(content().string(containsString("href=\"/my/actions\"")))
                .andExpect(content().string(not(containsString("href=\"/my/decisions\""))))
                .andExpect(content().string(not(containsString("/dashboard\""))));
        mvc.perform(get("/").with(as("sponsor@kmpt")))
                .andExpect(content().string(containsString("href=\"/my/decisions\"")))
                .andExpect(content().string(not(containsString("href=\"/my/actions\""))));
        mvc.perform(get("/").with(as("edi@kmpt")))
                .andExpect(content().string(containsString("href=\"/organisations/kmpt/dashboard\"")))
                .andExpect(content().string(not(containsString("href=\"/my/actions\""))));
        mvc.perform(get("/").with(as("board@kmpt")))
                .andExpect(content().string(not(containsString("href=\"/my/"))))
                .andExpect(content().string(not(containsString("/dashboard\""))));
    }

    private static ActionLine line(Long id, Rag rag, boolean milestoneOffTrack) {
        return new ActionLine(
                id,
                "Action " + id,
                1L,
                "Plan",
                "kmpt",
                ActionStatus.IN_PROGRESS,
                rag,
                null,
                LocalDate.of(2027, 3, 31),
                "lead@kmpt",
                "sponsor@kmpt",
                milestoneOffTrack);
    }

    private static TaskView task(Long actionId, Instant due) {
        return new TaskView(
                "t" + actionId,
                TaskKind.PROGRESS_UPDATE,
                actionId,
                "Action " + actionId,
                "kmpt",
                "Update",
                "lead@kmpt",
                null,
                due.minusSeconds(86_400),
                due,
                "OPEN");
    }
}
