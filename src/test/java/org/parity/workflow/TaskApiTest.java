package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.Role;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.parity.plan.ActionStatus;
import org.parity.plan.internal.Action;
import org.parity.progress.Decision;
import org.parity.progress.ProgressService;
import org.parity.progress.Review;
import org.parity.support.TestActions;
import org.parity.workflow.internal.WorkflowTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * GET /api/me/tasks and POST /api/tasks/{id} as the demo users: the review loop, and every refusal
 * (403 not yours or four-eyes, 404 not visible, 409 already completed, 400 bad form) changing nothing.
 */
@ParityTest
class TaskApiTest extends ProcessTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgressService progress;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    static final Map<String, Object> UPDATE = Map.of(
            "rag",
            "AMBER",
            "percentComplete",
            40,
            "narrative",
            "Mentoring pilot half way",
            "evidenceUrl",
            "https://intranet.example/mentoring",
            "proposeCompletion",
            false);

    @Test
    void theLeadSubmitsTheSponsorReturnsTheLeadResubmitsTheSponsorApproves() throws Exception {
        Long actionId = startUnderWayAction("lead@kmpt", "sponsor@kmpt");

        String update = taskOf("lead@kmpt", actionId, "PROGRESS_UPDATE");
        postTask("lead@kmpt", update, UPDATE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id", is(actionId.intValue())))
                .andExpect(jsonPath("$.status", is("IN_PROGRESS")));
        String review = taskOf("sponsor@kmpt", actionId, "REVIEW");
        postTask("sponsor@kmpt", review, Map.of("decision", "RETURN", "comment", "Add the numbers mentored"))
                .andExpect(status().isOk());

        String again = taskOf("lead@kmpt", actionId, "PROGRESS_UPDATE");
        // a returned update is due again within the step time (14 days), not a whole quarter later
        java.sql.Timestamp due =
                jdbc.queryForObject("select due_at from workflow_task where id = ?", java.sql.Timestamp.class, again);
        assertThat(due.toInstant())
                .isBetween(
                        java.time.Instant.now().plus(java.time.Duration.ofDays(13)),
                        java.time.Instant.now().plus(java.time.Duration.ofDays(15)));
        postTask("lead@kmpt", again, Map.of("rag", "GREEN", "percentComplete", 55, "narrative", "12 mentees, 9 BAME"))
                .andExpect(status().isOk());
        postTask("sponsor@kmpt", taskOf("sponsor@kmpt", actionId, "REVIEW"), Map.of("decision", "APPROVE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rag", is("GREEN")))
                .andExpect(jsonPath("$.percentComplete", is(55)));

        assertThat(progress.reviewsOf(actionId))
                .extracting(Review::decision, Review::decidedBy, Review::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Decision.RETURN, "sponsor@kmpt", "Add the numbers mentored"),
                        org.assertj.core.groups.Tuple.tuple(Decision.APPROVE, "sponsor@kmpt", null));
        assertThat(progress.approvedFor(actionId))
                .singleElement()
                .satisfies(u -> assertThat(u.narrative()).isEqualTo("12 mentees, 9 BAME"));
        taskOf("lead@kmpt", actionId, "PROGRESS_UPDATE");
        assertThat(jdbc.queryForList(
                        "select event_type from audit_event where subject_type = 'ACTION' and subject_id = ?"
                                + " order by id",
                        String.class,
                        actionId.toString()))
                .containsExactly(
                        "UPDATE_SUBMITTED", "REVIEW_DECIDED", "UPDATE_SUBMITTED", "REVIEW_DECIDED", "ACTION_REPORTED");
    }

    @Test
    void aSponsorHoldingTheLeadRoleTooCannotApproveTheirOwnSubmission() throws Exception {
        if (!users.existsByUsername("both@kmpt")) {
            users.save(new AppUser(
                    "both@kmpt",
                    encoder.encode("parity-demo"),
                    "Lead and sponsor",
                    "kmpt",
                    null,
                    EnumSet.of(Role.LEAD, Role.SPONSOR),
                    true));
        }
        Long actionId = startUnderWayAction("both@kmpt", "both@kmpt");
        postTask("both@kmpt", taskOf("both@kmpt", actionId, "PROGRESS_UPDATE"), UPDATE)
                .andExpect(status().isOk());
        String review = taskOf("both@kmpt", actionId, "REVIEW");

        Map<String, Object> before = snapshot(actionId);
        postTask("both@kmpt", review, Map.of("decision", "APPROVE", "comment", "Looks fine to me"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(snapshot(actionId)).isEqualTo(before);
    }

    @Test
    void someoneElsesTaskIs403AndAnotherOrganisationsIs404() throws Exception {
        Long actionId = startUnderWayAction("lead@kmpt", "sponsor@kmpt");
        String update = taskOf("lead@kmpt", actionId, "PROGRESS_UPDATE");
        Map<String, Object> before = snapshot(actionId);

        postTask("sponsor@kmpt", update, UPDATE).andExpect(status().isForbidden());
        postTask("board@kmpt", update, UPDATE).andExpect(status().isForbidden());
        postTask("edi@kmpt", update, UPDATE).andExpect(status().isForbidden());
        postTask("lead@ekhuft", update, UPDATE)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status", is(404)));
        postTask("lead@kmpt", "no-such-task", UPDATE).andExpect(status().isNotFound());

        assertThat(snapshot(actionId)).isEqualTo(before);
        mvc.perform(get("/api/me/tasks").with(httpBasic("lead@ekhuft", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.actionId == " + actionId + ")]").isEmpty());
    }

    @Test
    void aCompletedTaskIs409() throws Exception {
        Long actionId = startUnderWayAction("lead@kmpt", "sponsor@kmpt");
        String update = taskOf("lead@kmpt", actionId, "PROGRESS_UPDATE");
        postTask("lead@kmpt", update, UPDATE).andExpect(status().isOk());

        Map<String, Object> before = snapshot(actionId);
        postTask("lead@kmpt", update, UPDATE).andExpect(status().isConflict()).andExpect(jsonPath("$.status", is(409)));
        assertThat(snapshot(actionId)).isEqualTo(before);
    }

    @Test
    void aBadFormIs400WithFieldErrorsAndChangesNothing() throws Exception {
        Long actionId = startUnderWayAction("lead@kmpt", "sponsor@kmpt");
        String update = taskOf("lead@kmpt", actionId, "PROGRESS_UPDATE");
        Map<String, Object> before = snapshot(actionId);

        postTask(
                        "lead@kmpt",
                        update,
                        Map.of("rag", "PURPLE", "percentComplete", 140, "evidenceUrl", "file:/etc/passwd"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath(
                        "$.errors[*].field", containsInAnyOrder("rag", "percentComplete", "narrative", "evidenceUrl")))
                .andExpect(jsonPath("$.errors[0].row", is(1)));
        assertThat(snapshot(actionId)).isEqualTo(before);

        postTask("lead@kmpt", update, UPDATE).andExpect(status().isOk());
        String review = taskOf("sponsor@kmpt", actionId, "REVIEW");
        Map<String, Object> beforeReturn = snapshot(actionId);
        postTask("sponsor@kmpt", review, Map.of("decision", "RETURN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("comment")));
        postTask("sponsor@kmpt", review, Map.of("decision", "MAYBE", "comment", "hm"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("decision")));
        assertThat(snapshot(actionId)).isEqualTo(beforeReturn);
    }

    @Test
    void theEdiTeamSeesAndCompletesItsGroupsTasksAndWithdrawsActions() throws Exception {
        Long actionId = startUnderWayAction("lead@kmpt", "sponsor@kmpt");
        fire(instanceOf(actionId), "updateGracePassed");
        String chase = taskOf("edi@kmpt", actionId, "OVERDUE_CHASE");
        mvc.perform(get("/api/me/tasks").with(httpBasic("lead@kmpt", "parity-demo")))
                .andExpect(jsonPath("$[?(@.id == '" + chase + "')]").isEmpty());
        postTask("edi@kmpt", chase, Map.of("comment", "Phoned the lead; update promised by Friday"))
                .andExpect(status().isOk());

        Map<String, Object> before = snapshot(actionId);
        withdraw("lead@kmpt", actionId, Map.of("reason", "Not mine to withdraw"))
                .andExpect(status().isForbidden());
        withdraw("edi@ekhuft", actionId, Map.of("reason", "Not ours")).andExpect(status().isNotFound());
        withdraw("edi@kmpt", actionId, Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason")));
        assertThat(snapshot(actionId)).isEqualTo(before);

        withdraw("edi@kmpt", actionId, Map.of("reason", "Merged into the Stepping Up action"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("WITHDRAWN")))
                .andExpect(jsonPath("$.withdrawnReason", is("Merged into the Stepping Up action")));
        assertThat(gateway.hasProcess(actionId)).isFalse();
        assertThat(taskRows.findByActionIdAndStateOrderByCreatedAtAsc(actionId, WorkflowTask.State.OPEN))
                .isEmpty();
        withdraw("edi@kmpt", actionId, Map.of("reason", "again")).andExpect(status().isConflict());
    }

    @Test
    void aNewActionsScopeAndSignOffGoThroughTheApiWithAReturnInBetween() throws Exception {
        Action action =
                new TestActions(actions, plans, themes).create("lead@kmpt", "sponsor@kmpt", DUE, ActionStatus.DRAFT);
        gateway.startNew(action.getId());
        Long id = action.getId();

        postTask("lead@kmpt", taskOf("lead@kmpt", id, "SCOPE"), Map.of("comment", "Milestones as listed"))
                .andExpect(status().isOk());
        postTask(
                        "sponsor@kmpt",
                        taskOf("sponsor@kmpt", id, "SIGN_OFF"),
                        Map.of("decision", "RETURN", "comment", "Add a target"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("DRAFT")));
        postTask("lead@kmpt", taskOf("lead@kmpt", id, "SCOPE"), Map.of("comment", "Target: 19% by 2026"))
                .andExpect(status().isOk());
        postTask("sponsor@kmpt", taskOf("sponsor@kmpt", id, "SIGN_OFF"), Map.of("decision", "APPROVE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("IN_PROGRESS")));
        taskOf("lead@kmpt", id, "PROGRESS_UPDATE");
    }

    private Long startUnderWayAction(String lead, String sponsor) {
        Action action = new TestActions(actions, plans, themes).create(lead, sponsor, DUE, ActionStatus.IN_PROGRESS);
        gateway.startUnderWay(List.of(action.getId()));
        return action.getId();
    }

    private String taskOf(String user, Long actionId, String kind) throws Exception {
        String body = mvc.perform(get("/api/me/tasks").with(httpBasic(user, "parity-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (JsonNode task : json.readTree(body)) {
            if (task.path("actionId").asLong() == actionId
                    && kind.equals(task.path("kind").asText())) {
                assertThat(task.path("created").isMissingNode()).isFalse();
                return task.path("id").asText();
            }
        }
        throw new AssertionError("no open " + kind + " task of action " + actionId + " for " + user + ": " + body);
    }

    private ResultActions postTask(String user, String taskId, Map<String, Object> form) throws Exception {
        return mvc.perform(post("/api/tasks/{id}", taskId)
                .with(httpBasic(user, "parity-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(form)));
    }

    private ResultActions withdraw(String user, Long actionId, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/actions/{id}/withdrawal", actionId)
                .with(httpBasic(user, "parity-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    /** Everything a refused request must leave as it was. */
    private Map<String, Object> snapshot(Long actionId) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (String table :
                List.of("progress_update", "submission", "review", "mail_outbox", "act_ru_task", "act_ru_execution")) {
            s.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        // the refusal itself is audited (event REFUSED); nothing else may be
        s.put(
                "audit_event",
                jdbc.queryForObject("select count(*) from audit_event where event_type <> 'REFUSED'", Long.class));
        s.put(
                "tasks",
                jdbc.queryForList(
                        "select id || ':' || state from workflow_task where action_id = ? order by id",
                        String.class,
                        actionId));
        s.put(
                "action",
                jdbc.queryForMap(
                        "select status, rag, percent_complete, due_date, version from action where id = ?", actionId));
        return s;
    }
}
