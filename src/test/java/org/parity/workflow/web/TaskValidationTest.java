package org.parity.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.BadInputException;
import org.parity.common.RowError;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.progress.Decision;
import org.parity.progress.ProgressService;
import org.parity.progress.ProgressUpdate;
import org.parity.progress.Rag;
import org.parity.progress.UpdateForm;
import org.parity.workflow.TaskInput;
import org.parity.workflow.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bean Validation of the task forms, the withdrawal reason and the reporting cycle: a page shows every
 * field error with what was typed, the API answers problem details naming the fields, a direct call
 * to the gateway or the progress service is refused, and in each case nothing changes.
 */
@ParityTest
class TaskValidationTest extends PageSupport {

    static final Caller LEAD = new Caller("lead@kmpt", "Lead", EnumSet.of(Role.LEAD), "kmpt", null);
    static final Caller SPONSOR = new Caller("sponsor@kmpt", "Sponsor", EnumSet.of(Role.SPONSOR), "kmpt", null);
    static final Caller EDI = new Caller("edi@kmpt", "EDI", EnumSet.of(Role.EDI), "kmpt", null);

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgressService progress;

    @Test
    void aBadUpdateOnThePageShowsEveryFieldErrorInThePagesWordsAndCompletesNothing() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        String task = openTask(id, "PROGRESS_UPDATE");
        Map<String, Object> before = snapshot(id);
        mvc.perform(post("/tasks/{id}", task)
                        .with(as("lead@kmpt"))
                        .with(csrf())
                        .param("rag", "PURPLE")
                        .param("percentComplete", "140")
                        .param("narrative", "line\u0000break")
                        .param("evidenceUrl", "ftp://x.example/e"))
                .andExpect(status().isOk())
                .andExpect(view().name(TaskPageController.TASK))
                .andExpect(
                        model().attributeHasFieldErrors("form", "rag", "percentComplete", "narrative", "evidenceUrl"))
                .andExpect(content().string(containsString("href=\"#narrative\"")))
                .andExpect(content().string(containsString("Choose green, amber or red")))
                .andExpect(content().string(containsString("Enter a web address starting with https:// or http://")))
                .andExpect(content().string(containsString("value=\"140\"")));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void aKindSentWithThePageFormDoesNotChangeWhichRulesApply() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        String task = openTask(id, "PROGRESS_UPDATE");
        Map<String, Object> before = snapshot(id);
        mvc.perform(post("/tasks/{id}", task)
                        .with(as("lead@kmpt"))
                        .with(csrf())
                        .param("kind", "SCOPE")
                        .param("comment", "Only a comment"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "rag", "percentComplete", "narrative"));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void aBadUpdateThroughTheApiIs400NamingEachFieldWithItsRuleAndChangesNothing() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        String task = openTask(id, "PROGRESS_UPDATE");
        Map<String, Object> before = snapshot(id);
        postTask(task, "{\"rag\":\"green\",\"percentComplete\":\"40\",\"narrative\":[],\"proposeCompletion\":\"yes\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        containsInAnyOrder("rag", "percentComplete", "narrative", "proposeCompletion")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Choose one of GREEN, AMBER, RED")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Give a whole number from 0 to 100")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Give true or false")))
                .andExpect(jsonPath("$.errors[0].row", is(1)));
        postTask(task, "{\"rag\":\"GREEN\",\"percentComplete\":40,\"narrative\":\"   \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("narrative")))
                .andExpect(jsonPath("$.errors[0].message", is("This is required")));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void aReturnWithoutACommentThroughTheApiSaysWhatIsMissing() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        gateway.complete(openTask(id, "PROGRESS_UPDATE"), LEAD, update("GREEN", "40", "Half way"));
        String review = openTask(id, "REVIEW");
        Map<String, Object> before = snapshot(id);
        mvc.perform(post("/api/tasks/{id}", review)
                        .with(as("sponsor@kmpt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"RETURN\",\"comment\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("comment")))
                .andExpect(jsonPath(
                        "$.errors[0].message", is("A comment is required to return: say what needs to change")));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void theGatewayRefusesABadFormCalledDirectlyAndChangesNothing() {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        String task = openTask(id, "PROGRESS_UPDATE");
        Map<String, Object> before = snapshot(id);
        assertThatThrownBy(() -> gateway.complete(task, LEAD, update("PURPLE", "lots", "")))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .containsExactlyInAnyOrder(
                                "complete.input.rag", "complete.input.percentComplete", "complete.input.narrative"));
        TaskInput scope = new TaskInput(TaskKind.SCOPE);
        scope.setComment("A scope comment on an update task");
        assertThatThrownBy(() -> gateway.complete(task, LEAD, scope))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).errors())
                        .extracting(RowError::field)
                        .containsExactly("kind"));
        assertThatThrownBy(() -> gateway.withdraw(id, EDI, "  ")).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> gateway.withdraw(id, EDI, "bell\u0007"))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> gateway.startReportingCycle(EDI, "kmpt", "XYZ", 1999))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .containsExactlyInAnyOrder("startReportingCycle.standard", "startReportingCycle.year"));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void theProgressServiceRefusesBadFormsCalledDirectlyAndStoresNothing() {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        Map<String, Object> before = snapshot(id);
        assertThatThrownBy(
                        () -> progress.submit(id, LEAD, new UpdateForm(null, 140, " ", "javascript:alert(1)", false)))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).errors())
                        .extracting(RowError::field)
                        .containsExactlyInAnyOrder("rag", "percentComplete", "narrative", "evidenceUrl"));
        ProgressUpdate update = progress.submit(id, LEAD, new UpdateForm(Rag.GREEN, 40, "Half way", null, false));
        Map<String, Object> submitted = snapshot(id);
        assertThatThrownBy(() -> progress.decide(update.id(), SPONSOR, null, "hm"))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).errors())
                        .extracting(RowError::field, RowError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("decision", "Choose APPROVE or RETURN")));
        assertThatThrownBy(() -> progress.decide(update.id(), SPONSOR, Decision.RETURN, "esc\u001b[31m"))
                .isInstanceOf(BadInputException.class);
        assertThat(snapshot(id)).isEqualTo(submitted);
        assertThat(before).isNotEqualTo(submitted);
    }

    @Test
    void aBadWithdrawalReasonOrReportingCycleIsRefusedOnThePageAndTheApiAndChangesNothing() throws Exception {
        Long id = underWayAction("lead@kmpt", "sponsor@kmpt");
        Map<String, Object> before = snapshot(id);
        mvc.perform(post("/actions/{id}/withdraw", id)
                        .with(as("edi@kmpt"))
                        .with(csrf())
                        .param("reason", "bell\u0007"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "reason"))
                .andExpect(content().string(containsString("Enter the reason for withdrawing the action")));
        mvc.perform(post("/api/actions/{id}/withdrawal", id)
                        .with(as("edi@kmpt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"" + "x".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason")))
                .andExpect(jsonPath("$.errors[0].message", is("The reason is longer than 2000 characters")));
        mvc.perform(post("/api/organisations/kmpt/reporting-cycles")
                        .with(as("edi@kmpt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"standard\":\"XYZ\",\"year\":1999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("standard", "year")));
        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from workflow_task where kind = 'LOAD_FIGURES' and business_key like 'kmpt:XYZ%'",
                        Long.class))
                .isZero();
    }

    private ResultActions postTask(String task, String json) throws Exception {
        return mvc.perform(post("/api/tasks/{id}", task)
                .with(as("lead@kmpt"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static TaskInput update(String rag, String percent, String narrative) {
        TaskInput form = new TaskInput(TaskKind.PROGRESS_UPDATE);
        form.setRag(rag);
        form.setPercentComplete(percent);
        form.setNarrative(narrative);
        return form;
    }
}
