package org.parity.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.progress.ProgressService;
import org.parity.progress.ProgressUpdate;
import org.parity.progress.UpdateStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The task pages: each kind's form, field errors that keep what was typed, the review loop with the
 * sponsor's comment shown on the lead's resubmission, four-eyes shown on the form, and refusals
 * (403 not yours, 404 another organisation's) that change nothing.
 */
@ParityTest
class TaskPagesTest extends PageSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgressService progress;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Test
    void theLeadsUpdateFormHasRagInWordsPercentNarrativeEvidenceAndCompletion() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        mvc.perform(get("/tasks/{id}", openTask(id, "PROGRESS_UPDATE")).with(as("lead@kmpt")))
                .andExpect(status().isOk())
                .andExpect(view().name(TaskPageController.TASK))
                .andExpect(model().attributeExists("form", "task", "action"))
                .andExpect(content().string(containsString("Submit progress update")))
                .andExpect(content().string(containsString("Green: on track")))
                .andExpect(content().string(containsString("id=\"percentComplete\"")))
                .andExpect(content().string(containsString("id=\"narrative\"")))
                .andExpect(content().string(containsString("id=\"evidenceUrl\"")))
                .andExpect(content().string(containsString("id=\"proposeCompletion\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void aBadUpdateComesBackWithLinkedErrorsAndWhatWasTypedAndStoresNothing() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        String task = openTask(id, "PROGRESS_UPDATE");
        Map<String, Object> before = snapshot(id);
        mvc.perform(post("/tasks/{id}", task)
                        .with(as("lead@kmpt"))
                        .with(csrf())
                        .param("percentComplete", "lots")
                        .param("evidenceUrl", "file:/etc/passwd")
                        .param("narrative", ""))
                .andExpect(status().isOk())
                .andExpect(view().name(TaskPageController.TASK))
                .andExpect(
                        model().attributeHasFieldErrors("form", "rag", "percentComplete", "narrative", "evidenceUrl"))
                .andExpect(content().string(containsString("href=\"#rag\"")))
                .andExpect(content().string(containsString("href=\"#percentComplete\"")))
                .andExpect(
                        content().string(containsString("Enter the percent complete as a whole number from 0 to 100")))
                .andExpect(content().string(containsString("value=\"lots\"")));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void someoneElsesTaskIs403AndAnotherOrganisationsIs404AndNothingChanges() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        String task = openTask(id, "PROGRESS_UPDATE");
        Map<String, Object> before = snapshot(id);
        mvc.perform(get("/tasks/{id}", task).with(as("sponsor@kmpt"))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/{id}", task).with(as("lead@ekhuft"))).andExpect(status().isNotFound());
        for (String user : new String[] {"sponsor@kmpt", "edi@kmpt", "board@kmpt"}) {
            update(user, task, "GREEN", "Not my task").andExpect(status().isForbidden());
        }
        update("lead@ekhuft", task, "GREEN", "Not my organisation").andExpect(status().isNotFound());
        // A session user (no HTTP Basic header, which SecurityConfig exempts from CSRF) without the token.
        mvc.perform(post("/tasks/{id}", task)
                        .with(user("lead@kmpt").roles("LEAD"))
                        .param("rag", "GREEN")
                        .param("percentComplete", "10")
                        .param("narrative", "No CSRF token"))
                .andExpect(status().isForbidden());
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void theSponsorReturnsWithACommentTheLeadSeesItAndResubmitsTheSponsorApproves() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        update("lead@kmpt", openTask(id, "PROGRESS_UPDATE"), "AMBER", "Mentoring pilot half way")
                .andExpect(redirectedUrl("/my/actions"))
                .andExpect(flash().attribute("message", "task.done.PROGRESS_UPDATE"));

        String review = openTask(id, "REVIEW");
        mvc.perform(get("/tasks/{id}", review).with(as("sponsor@kmpt")))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("update", "evidence"))
                .andExpect(content().string(containsString("Mentoring pilot half way")))
                .andExpect(content().string(containsString("Indicator evidence")))
                .andExpect(content().string(containsString("Return to the lead with a comment")));
        Map<String, Object> before = snapshot(id);
        decide("sponsor@kmpt", review, "RETURN", "")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "comment"))
                .andExpect(content().string(containsString("href=\"#comment\"")));
        decide("sponsor@kmpt", review, null, "").andExpect(model().attributeHasFieldErrors("form", "decision"));
        assertThat(snapshot(id)).isEqualTo(before);
        decide("sponsor@kmpt", review, "RETURN", "Add how many people were mentored")
                .andExpect(redirectedUrl("/my/decisions"))
                .andExpect(flash().attribute("message", "task.done.REVIEW"));

        String again = openTask(id, "PROGRESS_UPDATE");
        mvc.perform(get("/tasks/{id}", again).with(as("lead@kmpt")))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("returnedUpdate"))
                .andExpect(content().string(containsString("Returned to you")))
                .andExpect(content().string(containsString("Add how many people were mentored")))
                .andExpect(content().string(containsString("Mentoring pilot half way</textarea>")));
        update("lead@kmpt", again, "GREEN", "12 people mentored, 9 of them BAME")
                .andExpect(redirectedUrl("/my/actions"));
        decide("sponsor@kmpt", openTask(id, "REVIEW"), "APPROVE", "").andExpect(redirectedUrl("/my/decisions"));

        assertThat(progress.allFor(id))
                .extracting(ProgressUpdate::status)
                .containsExactly(UpdateStatus.RETURNED, UpdateStatus.APPROVED);
        mvc.perform(get("/tasks/{id}", review).with(as("sponsor@kmpt")))
                .andExpect(redirectedUrl("/my/decisions"))
                .andExpect(flash().attribute("message", "task.closed"));
        decide("sponsor@kmpt", review, "APPROVE", "")
                .andExpect(redirectedUrl("/my/decisions"))
                .andExpect(flash().attribute("message", "task.closed"));
    }

    @Test
    void fourEyesIsAClearErrorOnTheFormAndChangesNothing() throws Exception {
        ensureLeadAndSponsor("both@kmpt");
        Long id = underWayAction("both@kmpt", "both@kmpt");
        update("both@kmpt", openTask(id, "PROGRESS_UPDATE"), "GREEN", "All done by me")
                .andExpect(redirectedUrl("/my/actions"));
        String review = openTask(id, "REVIEW");
        Map<String, Object> before = snapshot(id);
        decide("both@kmpt", review, "APPROVE", "Fine by me")
                .andExpect(status().isForbidden())
                .andExpect(view().name(TaskPageController.TASK))
                .andExpect(model().attributeHasFieldErrorCode("form", "decision", "task.fourEyes"))
                .andExpect(content()
                        .string(containsString("You submitted this yourself, so someone else must approve it")));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void anExtensionRequestAsksForADateOrCompletionAndAReturnedOneShowsTheSponsorsComment() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        fire(id, "actionDuePassed");
        String request = openTask(id, "EXTENSION_REQUEST");
        mvc.perform(get("/tasks/{id}", request).with(as("lead@kmpt")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newDue\"")))
                .andExpect(content().string(containsString("Propose completion instead of a new date")))
                .andExpect(content().string(not(containsString("id=\"rag\""))));
        Map<String, Object> before = snapshot(id);
        mvc.perform(post("/tasks/{id}", request)
                        .with(as("lead@kmpt"))
                        .with(csrf())
                        .param("newDue", "2027-09-30")
                        .param("proposeCompletion", "true")
                        .param("comment", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "newDue", "comment"))
                .andExpect(content().string(containsString("value=\"2027-09-30\"")));
        assertThat(snapshot(id)).isEqualTo(before);
        mvc.perform(post("/tasks/{id}", request)
                        .with(as("lead@kmpt"))
                        .with(csrf())
                        .param("newDue", "2027-09-30")
                        .param("comment", "The second cohort starts in May"))
                .andExpect(redirectedUrl("/my/actions"));

        String review = openTask(id, "EXTENSION_REVIEW");
        mvc.perform(get("/tasks/{id}", review).with(as("sponsor@kmpt")))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("submission"))
                .andExpect(content().string(containsString("30 September 2027")))
                .andExpect(content().string(containsString("The second cohort starts in May")));
        decide("sponsor@kmpt", review, "RETURN", "Give the date the cohort ends")
                .andExpect(redirectedUrl("/my/decisions"));
        mvc.perform(get("/tasks/{id}", openTask(id, "EXTENSION_REQUEST")).with(as("lead@kmpt")))
                .andExpect(model().attributeExists("returnedSubmission"))
                .andExpect(content().string(containsString("Give the date the cohort ends")));
    }

    private void fire(Long actionId, String timer) {
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(actionId.toString())
                .singleResult()
                .getId();
        var job = management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(timer)
                .singleResult();
        assertThat(job).as(timer).isNotNull();
        management.executeJob(job.getId());
    }

    private ResultActions update(String user, String task, String rag, String narrative) throws Exception {
        return mvc.perform(post("/tasks/{id}", task)
                .with(as(user))
                .with(csrf())
                .param("rag", rag)
                .param("percentComplete", "40")
                .param("narrative", narrative)
                .param("evidenceUrl", "https://intranet.example/mentoring"));
    }

    private ResultActions decide(String user, String task, String decision, String comment) throws Exception {
        var request = post("/tasks/{id}", task).with(as(user)).with(csrf()).param("comment", comment);
        return mvc.perform(decision == null ? request : request.param("decision", decision));
    }
}
