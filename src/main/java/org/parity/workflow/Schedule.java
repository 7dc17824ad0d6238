package org.parity.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.parity.plan.ActionBrief;
import org.parity.plan.ActionDirectory;
import org.parity.plan.ReviewCadence;
import org.parity.progress.ProgressService;
import org.springframework.stereotype.Component;

/**
 * Durations and dates the process models ask for ({@code ${schedule.updateDueDate(actionId)}}),
 * from the action's data and {@link WorkflowProperties}, never from literals in the model. "Now" is
 * the engine's clock, so tests can move it.
 */
@Component("schedule")
public class Schedule {

    private final ActionDirectory directory;
    private final WorkflowProperties properties;
    private final ProgressService progress;

    Schedule(ActionDirectory directory, WorkflowProperties properties, ProgressService progress) {
        this.directory = directory;
        this.properties = properties;
        this.progress = progress;
    }

    /**
     * When the progress update opened now falls due: one review period (the action's cadence) from now,
     * or, when the sponsor has just returned it with a comment, the time allowed for a one-off step.
     * The update's three timers are read from this same date, so a returned update is reminded, overdue
     * and escalated on its own shorter clock.
     */
    public Date updateDueDate(Long actionId) {
        return Date.from(updateDue(actionId).toInstant());
    }

    /** When the lead is reminded: the update's due date less the reminder lead time (never in the past). */
    public Date updateReminderDate(Long actionId) {
        ZonedDateTime due = updateDue(actionId);
        ZonedDateTime remindAt = due.minus(timing(actionId).reminderBefore());
        ZonedDateTime soonest = now().plusMinutes(1);
        return Date.from((remindAt.isBefore(soonest) ? soonest : remindAt).toInstant());
    }

    /** When the update is overdue: its due date. */
    public Date updateOverdueDate(Long actionId) {
        return Date.from(updateDue(actionId).toInstant());
    }

    /** When the EDI team chases and the sponsor is told: the update's due date plus the grace period. */
    public Date updateEscalationDate(Long actionId) {
        return Date.from(
                updateDue(actionId).plus(timing(actionId).gracePeriod()).toInstant());
    }

    /** When a one-off task (scope, sign-off, a review, a chase) opened now is due. */
    public Date stepDue(Long actionId) {
        return Date.from(now().plus(timing(actionId).stepDue()).toInstant());
    }

    /** When the action's due date has passed (the end of that day), or the next open-ended review. */
    public Date actionDueDate(Long actionId) {
        LocalDate due = directory.action(actionId).due();
        if (due == null) {
            return Date.from(now().plus(properties.openEndedReview()).toInstant());
        }
        return Date.from(due.plusDays(1).atStartOfDay(properties.zone()).toInstant());
    }

    /** The cron of bpmn/daily-sweep.bpmn's timer (parity.workflow.sweep-cycle). */
    public String sweepCycle() {
        return properties.sweepCycle();
    }

    public Date figuresDue(String organisation, String standard, Integer reportYear) {
        return afterSnapshot(reportYear, properties.reporting().of(standard).figuresDue());
    }

    public Date reportDue(String organisation, String standard, Integer reportYear) {
        return afterSnapshot(reportYear, properties.reporting().of(standard).reportDue());
    }

    public Date signOffDue(String organisation, String standard, Integer reportYear) {
        return afterSnapshot(reportYear, properties.reporting().of(standard).signOffDue());
    }

    public Date publicationDeadline(String organisation, String standard, Integer reportYear) {
        return afterSnapshot(reportYear, properties.reporting().of(standard).publishBy());
    }

    public Date reportReminderDate(String organisation, String standard, Integer reportYear) {
        Instant deadline =
                publicationDeadline(organisation, standard, reportYear).toInstant();
        return Date.from(deadline.atZone(properties.zone())
                .minus(properties.reporting().reminderBefore())
                .toInstant());
    }

    private Date afterSnapshot(int reportYear, Period after) {
        LocalDate snapshot = MonthDay.parse(properties.reporting().snapshot()).atYear(reportYear);
        return Date.from(
                snapshot.plus(after).plusDays(1).atStartOfDay(properties.zone()).toInstant());
    }

    /** How long the lead has for the update now opening (see {@link #updateDueDate}). */
    private Period window(Long actionId) {
        Boolean known = StartBatch.latestIsReturned(actionId);
        return (known != null ? known : progress.latestIsReturned(actionId))
                ? timing(actionId).stepDue()
                : cadence(actionId).interval();
    }

    /** The update's due date, to the minute, so the task and its timers read the same instant. */
    private ZonedDateTime updateDue(Long actionId) {
        return now().truncatedTo(ChronoUnit.MINUTES).plus(window(actionId));
    }

    private ReviewCadence cadence(Long actionId) {
        ActionBrief action = directory.action(actionId);
        return action.reviewCadence() == null ? ReviewCadence.QUARTERLY : action.reviewCadence();
    }

    private WorkflowProperties.Timing timing(Long actionId) {
        return properties.timingOf(directory.organisationOf(actionId));
    }

    /** Now on the engine's clock, in the JVM's zone: the engine adds timer durations in that zone too. */
    private ZonedDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault());
    }
}
