package org.parity.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.parity.plan.MilestoneEvaluator;
import org.parity.workflow.internal.WorkflowTask;
import org.parity.workflow.internal.WorkflowTaskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of bpmn/daily-sweep.bpmn: time passing as an event. "Now" and "today" are the engine's
 * clock (so tests move it), today in {@link WorkflowProperties#zone()}.
 */
@Component("dailySweep")
public class DailySweep {

    /** Escalations per run; the hourly runs take the rest. */
    static final int ESCALATIONS_PER_RUN = 1_000;

    private static final Logger log = LoggerFactory.getLogger(DailySweep.class);

    private final WorkflowTaskRepository tasks;
    private final Reminders reminders;
    private final MilestoneEvaluator milestones;
    private final JdbcTemplate jdbc;
    private final WorkflowProperties properties;

    DailySweep(
            WorkflowTaskRepository tasks,
            Reminders reminders,
            MilestoneEvaluator milestones,
            JdbcTemplate jdbc,
            WorkflowProperties properties) {
        this.tasks = tasks;
        this.reminders = reminders;
        this.milestones = milestones;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Each open task past its due date is escalated once: the assignee and the EDI team are e-mailed.
     * Progress updates are only marked, since their own timers remind, chase and escalate. Returns how
     * many tasks were escalated.
     */
    @Transactional
    public int escalateOverdueTasks() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<WorkflowTask> overdue = tasks.findByStateAndEscalatedAtIsNullAndDueAtBeforeOrderByDueAtAsc(
                WorkflowTask.State.OPEN, now, PageRequest.of(0, ESCALATIONS_PER_RUN));
        for (WorkflowTask task : overdue) {
            if (task.getKind() != TaskKind.PROGRESS_UPDATE) {
                reminders.taskOverdue(task);
            }
            task.escalated(now);
        }
        if (!overdue.isEmpty()) {
            log.info("Escalated {} overdue tasks", overdue.size());
        }
        return overdue.size();
    }

    /** Claims today for the once-a-day work: its ISO date, or null when an earlier run (on any node) has. */
    @Transactional
    public String claimToday() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, properties.zone());
        int claimed = jdbc.update(
                "insert into daily_sweep (sweep_date, claimed_at) select ?, ?"
                        + " where not exists (select 1 from daily_sweep where sweep_date = ?)",
                today,
                Timestamp.from(now),
                today);
        return claimed == 1 ? today.toString() : null;
    }

    /** Linked milestones whose date passed before the day claimed, not achieved, become MISSED. */
    @Transactional
    public int markMissedMilestones(String sweepDate) {
        LocalDate day = LocalDate.parse(sweepDate);
        int missed = milestones.evaluateDeadlinesPassed(day);
        jdbc.update("update daily_sweep set milestones_missed = ? where sweep_date = ?", missed, day);
        log.info("Swept {}: {} milestones changed status as their dates passed", day, missed);
        return missed;
    }
}
