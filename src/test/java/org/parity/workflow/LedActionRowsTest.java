package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.organisation.Organisation;
import org.parity.organisation.Organisations;
import org.parity.plan.ActionStatus;
import org.parity.plan.MilestoneStatus;
import org.parity.plan.ReviewCadence;
import org.parity.plan.Timescale;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.Theme;
import org.parity.plan.internal.ThemeRepository;
import org.parity.progress.Rag;
import org.parity.workflow.internal.LedActionRows;
import org.parity.workflow.internal.TaskFacts;
import org.parity.workflow.internal.WorkflowTask;
import org.parity.workflow.internal.WorkflowTaskRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The led_action read model follows every write that changes an action's place in "My actions": a new
 * action, a new lead or none, status, RAG and due date, a milestone going off track, back on track or
 * deleted, progress updates opening, closing and being cancelled (other task kinds change nothing), in the
 * writing transaction (read before commit) and after commit.
 */
@ParityTest
class LedActionRowsTest {

    static final String ORG = "rows-trust";
    static final String LEAD = "lead@rows-trust";
    static final String OTHER = "other@rows-trust";

    @Autowired
    Organisations organisations;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ActionRepository actions;

    @Autowired
    MilestoneRepository milestones;

    @Autowired
    WorkflowTaskRepository tasks;

    @Autowired
    LedActionRows rows;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @Transactional
    void everyWriteToTheActionOrItsMilestonesIsInTheRowBeforeCommit() {
        Action action = newAction();
        assertThat(row(action))
                .containsEntry("lead_username", LEAD)
                .containsEntry("organisation_code", ORG)
                .containsEntry("status", "IN_PROGRESS")
                .containsEntry("rag", "GREEN")
                .containsEntry("milestone_off", 0)
                .containsEntry("next_update_due", null);
        assertThat(((java.sql.Date) row(action).get("due_date")).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));

        action.report(Rag.RED, 40);
        action.changeStatus(ActionStatus.COMPLETE);
        action.extendTo(LocalDate.of(2028, 1, 31));
        assertThat(row(action)).containsEntry("rag", "RED").containsEntry("status", "COMPLETE");
        assertThat(((java.sql.Date) row(action).get("due_date")).toLocalDate()).isEqualTo(LocalDate.of(2028, 1, 31));

        action.assign("Head of EDI", OTHER, "Chief People Officer", LEAD);
        assertThat(row(action)).containsEntry("lead_username", OTHER);
        assertThat(ledBy(LEAD)).isZero();
        assertThat(ledBy(OTHER)).isEqualTo(1);

        action.assign("Head of EDI", null, "Chief People Officer", LEAD);
        assertThat(rowsOf(action)).isEmpty();
        assertThat(ledBy(OTHER)).isZero();

        action.assign("Head of EDI", LEAD, "Chief People Officer", LEAD);
        assertThat(row(action)).containsEntry("lead_username", LEAD);

        Milestone m = milestones.save(new Milestone(
                action.getId(), 1, "Half way", LocalDate.of(2026, 9, 30), null, null, null, null, null, null, null));
        assertThat(row(action)).containsEntry("milestone_off", 0);
        m.setStatus(MilestoneStatus.MISSED);
        assertThat(row(action)).containsEntry("milestone_off", 1);
        m.setStatus(MilestoneStatus.ACHIEVED);
        assertThat(row(action)).containsEntry("milestone_off", 0);
        m.setStatus(MilestoneStatus.OFF_TRACK);
        assertThat(row(action)).containsEntry("milestone_off", 1);
        milestones.delete(m);
        assertThat(row(action)).containsEntry("milestone_off", 0);
    }

    @Test
    @Transactional
    void theSoonestOpenProgressUpdateIsInTheRowAndOtherTasksChangeNothing() {
        Action action = newAction();
        Instant later = Instant.parse("2027-02-01T09:00:00Z");
        Instant sooner = Instant.parse("2026-12-15T09:00:00Z");
        WorkflowTask first = tasks.save(task("rows-1", TaskKind.PROGRESS_UPDATE, action, later));
        assertThat(nextDue(action)).isEqualTo(later);
        WorkflowTask second = tasks.save(task("rows-2", TaskKind.PROGRESS_UPDATE, action, sooner));
        assertThat(nextDue(action)).isEqualTo(sooner);
        tasks.save(task("rows-3", TaskKind.REVIEW, action, Instant.parse("2026-12-01T09:00:00Z")));
        assertThat(nextDue(action)).isEqualTo(sooner);

        second.completed(Instant.now());
        assertThat(nextDue(action)).isEqualTo(later);
        first.cancelled(Instant.now());
        assertThat(nextDue(action)).isNull();
    }

    @Test
    void aCommittedWriteIsInTheRowForTheNextTransaction() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
        Long seeded = jdbc.queryForObject(
                "select min(a.id) from action a join plan p on p.id = a.plan_id"
                        + " where a.lead_username = 'lead@kmpt' and p.organisation_code = 'kmpt'",
                Long.class);
        Instant before = committedNextDue(seeded);
        Instant sooner = Instant.parse("2020-01-01T00:00:00Z");
        try {
            tx.executeWithoutResult(s -> tasks.save(task(
                    "rows-committed",
                    TaskKind.PROGRESS_UPDATE,
                    actions.findById(seeded).orElseThrow(),
                    sooner)));
            assertThat(committedNextDue(seeded)).isEqualTo(sooner);
        } finally {
            tx.executeWithoutResult(s -> tasks.deleteById("rows-committed"));
        }
        assertThat(committedNextDue(seeded)).isEqualTo(before);
    }

    private Instant committedNextDue(Long actionId) {
        java.sql.Timestamp t = jdbc.queryForObject(
                "select next_update_due from led_action where action_id = ?", java.sql.Timestamp.class, actionId);
        return t == null ? null : t.toInstant();
    }

    private Action newAction() {
        organisations.add(new Organisation(ORG, "Rows NHS Trust", "Rows", null, null));
        Plan plan =
                plans.save(new Plan("rows-wres", ORG, "WRES", "Rows WRES plan", "2025-27", null, List.of(), List.of()));
        Theme theme = themes.save(new Theme(plan.getId(), 1, "Everything", null, List.of(), List.of(), null, null));
        Action a = new Action(plan.getId(), theme.getId(), "r1", "Rows action");
        a.assign("Head of EDI", LEAD, "Chief People Officer", LEAD);
        a.schedule(new Timescale(
                "2025 to 2027",
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2027, 3, 31),
                ReviewCadence.QUARTERLY,
                List.of()));
        a.changeStatus(ActionStatus.IN_PROGRESS);
        a.report(Rag.GREEN, 10);
        return actions.save(a);
    }

    private static WorkflowTask task(String id, TaskKind kind, Action action, Instant due) {
        return new WorkflowTask(
                new TaskFacts(
                        id,
                        kind,
                        "activity",
                        "Task",
                        "process-" + id,
                        String.valueOf(action.getId()),
                        action.getId(),
                        ORG,
                        action.getLeadUsername(),
                        null,
                        Instant.parse("2026-01-01T00:00:00Z"),
                        due),
                action.getTitle(),
                "Task: " + action.getTitle());
    }

    /** The action's row as "My actions" would read it now in this transaction. */
    private Map<String, Object> row(Action action) {
        List<Map<String, Object>> found = rowsOf(action);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<Map<String, Object>> rowsOf(Action action) {
        entityManager.flush();
        rows.settle();
        return jdbc.queryForList(
                "select lead_username, organisation_code, status, rag, due_date, milestone_off, next_update_due"
                        + " from led_action where action_id = ?",
                action.getId());
    }

    private Instant nextDue(Action action) {
        Object t = row(action).get("next_update_due");
        return t == null ? null : ((java.time.OffsetDateTime) t).toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private long ledBy(String lead) {
        rows.settle();
        return jdbc.queryForObject(
                "select count(*) from led_action where lead_username = ? and organisation_code = ?",
                Long.class,
                lead,
                ORG);
    }
}
