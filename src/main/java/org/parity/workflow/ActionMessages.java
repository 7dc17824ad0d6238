package org.parity.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.parity.audit.AuditLog;
import org.parity.audit.AuditLog.Entry;
import org.parity.common.ConflictException;
import org.parity.common.NotFoundException;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.plan.ActionDirectory;
import org.parity.plan.ActionLifecycle;
import org.parity.plan.ActionLifecycle.ActionState;
import org.parity.plan.MilestoneWentOffTrack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What happens to a running action process from outside its tasks: the EDI team withdraws the action
 * ({@value ProcessGateway#ACTION_WITHDRAWN}), a linked milestone goes off track
 * ({@value ProcessGateway#MILESTONE_OFF_TRACK}).
 */
@Component
class ActionMessages {

    /** The listener's name in {@code handled_event}. */
    static final String OFF_TRACK_LISTENER = "workflow.milestone-off-track";

    private static final Logger log = LoggerFactory.getLogger(ActionMessages.class);

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final ActionDirectory directory;
    private final ActionLifecycle lifecycle;
    private final TaskList taskList;
    private final OrganisationAccess access;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    ActionMessages(
            RuntimeService runtime,
            ProcessStarts starts,
            ActionDirectory directory,
            ActionLifecycle lifecycle,
            TaskList taskList,
            OrganisationAccess access,
            AuditLog audit,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.starts = starts;
        this.directory = directory;
        this.lifecycle = lifecycle;
        this.taskList = taskList;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Records that a listener handled an event: true for the first delivery. Two deliveries racing each
     * other both pass the check; the primary key lets one commit and rolls the other back, whose
     * publication then stays incomplete and is resubmitted, and finds the row.
     */
    private boolean firstDelivery(String listener, String eventId) {
        return jdbc.update(
                        "insert into handled_event (listener, event_id, handled_at) select ?, ?, ?"
                                + " where not exists (select 1 from handled_event where listener = ? and event_id = ?)",
                        listener,
                        eventId,
                        Timestamp.from(Instant.now()),
                        listener,
                        eventId)
                == 1;
    }

    /** Withdraws an action with a reason the gateway has checked: its open tasks close, it shows as WITHDRAWN. */
    ActionState withdraw(Long actionId, Caller caller, String reason) {
        String organisation = directory.organisationOf(actionId);
        if (!access.canRead(caller, organisation)) {
            throw new NotFoundException("action " + actionId);
        }
        access.ediWork(caller, organisation, "withdraws its actions");
        if (!starts.hasProcess(actionId)) {
            throw new ConflictException("The action's process has ended: it cannot be withdrawn now");
        }
        lifecycle.withdrawn(actionId, caller.username(), reason.strip());
        runtime.createMessageCorrelation(ProcessGateway.ACTION_WITHDRAWN)
                .processInstanceBusinessKey(String.valueOf(actionId))
                .correlate();
        return lifecycle.state(actionId);
    }

    /**
     * A linked milestone went off track: the action's process asks the lead for a recovery plan. Idempotent:
     * the event's id is recorded in {@code handled_event} in the same transaction, and a second delivery of
     * the same event (after a node died before marking it complete, or a resubmission racing the first)
     * finds it and changes nothing: no second recovery task, no second audit entry.
     */
    int milestoneOffTrack(MilestoneWentOffTrack event) {
        if (event.eventId() != null && !firstDelivery(OFF_TRACK_LISTENER, event.eventId())) {
            log.info("Off-track event {} for action {} was handled before", event.eventId(), event.actionId());
            return 0;
        }
        // one recovery at a time: while a recovery plan is being written or reviewed, a further off-track
        // milestone of the same action is recorded (and shown in the timeline), not opened as a second task
        boolean recovering = taskList.openOfAction(event.actionId()).stream()
                .anyMatch(t -> t.getKind() == TaskKind.OFF_TRACK_RESPONSE || t.getKind() == TaskKind.RECOVERY_REVIEW);
        int correlated = recovering
                ? 0
                : runtime.createMessageCorrelation(ProcessGateway.MILESTONE_OFF_TRACK)
                        .processInstanceBusinessKey(String.valueOf(event.actionId()))
                        .correlateAllWithResult()
                        .size();
        audit.record(Entry.of(
                        "indicator evaluation",
                        directory.organisationOf(event.actionId()),
                        "ACTION",
                        event.actionId(),
                        "MILESTONE_OFF_TRACK")
                .states(null, "OFF_TRACK")
                .detail("milestone " + event.milestoneId() + ": " + event.indicator() + " " + event.period() + " = "
                        + event.value()
                        + (recovering
                                ? "; a recovery plan is already under way"
                                : correlated == 0 ? "; no running process" : "")));
        return correlated;
    }
}
