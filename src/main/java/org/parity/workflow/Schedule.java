package org.parity.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.parity.plan.Action;
import org.parity.plan.ActionDirectory;
import org.parity.plan.ReviewCadence;
import org.parity.progress.ProgressService;
import org.springframework.stereotype.Component;

/**
 * Durations and dates the process models ask for ({@code ${schedule.updateInterval(actionId)}}),
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

    /** ISO-8601 duration of one review period (the action's cadence): the update is overdue after it. */
    public String updateInterval(Long actionId) {
        return cadence(actionId).isoDuration();
    }

    /** When the progress update opened now falls due. */
    public Date updateDueDate(Long actionId) {
        return Date.from(now().plus(window(actionId)).toInstant());
    }

    /** ISO-8601 duration until the lead's reminder: the review period less the reminder lead time. */
    public String untilReminder(Long actionId) {
        ZonedDateTime now = now();
        ZonedDateTime remindAt = now.plus(window(actionId)).minus(timing(actionId).reminderBefore());
        long minutes = Math.max(1, Duration.between(now, remindAt).toMinutes());
        return "PT" + minutes + "M";
    }

    /** ISO-8601 duration until escalation: the review period plus the grace period. */
    public String untilEscalation(Long actionId) {
        return window(actionId).plus(timing(actionId).gracePeriod()).normalized().toString();
    }

    /** When a one-off task (scope, sign-off, a review, a chase) opened now is due. */
    public Date stepDue(Long actionId) {
        return Date.from(now().plus(timing(actionId).stepDue()).toInstant());
    }

    /** When the action's due date has passed (the end of that day), or the next open-ended review. */
    public Date actionDueDate(Long actionId) {
        LocalDate due = directory.action(actionId).getDue();
        if (due == null) {
            return Date.from(now().plus(properties.openEndedReview()).toInstant());
        }
        return Date.from(due.plusDays(1).atStartOfDay(properties.zone()).toInstant());
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
        Instant deadline = publicationDeadline(organisation, standard, reportYear).toInstant();
        return Date.from(deadline.atZone(properties.zone()).minus(properties.reporting().reminderBefore()).toInstant());
    }

    private Date afterSnapshot(int reportYear, Period after) {
        LocalDate snapshot = MonthDay.parse(properties.reporting().snapshot()).atYear(reportYear);
        return Date.from(snapshot.plus(after).plusDays(1).atStartOfDay(properties.zone()).toInstant());
    }

    /**
     * How long the lead has for the update now opening: a whole review period, or, when the sponsor has
     * just returned it with a comment, the time allowed for a one-off step (not another whole period).
     */
    private Period window(Long actionId) {
        return progress.latestIsReturned(actionId) ? timing(actionId).stepDue() : cadence(actionId).interval();
    }

    private ReviewCadence cadence(Long actionId) {
        Action action = directory.action(actionId);
        return action.getReviewCadence() == null ? ReviewCadence.QUARTERLY : action.getReviewCadence();
    }

    private WorkflowProperties.Timing timing(Long actionId) {
        return properties.timingOf(directory.organisationOf(actionId));
    }

    /** Now on the engine's clock, in the JVM's zone: the engine adds timer durations in that zone too. */
    private ZonedDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault());
    }
}
