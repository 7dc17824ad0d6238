package org.parity.plan;

import java.time.LocalDate;
import java.util.Objects;
import org.parity.audit.AuditLog;
import org.parity.audit.AuditLog.Entry;
import org.parity.common.NotFoundException;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.progress.Rag;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an action's process changes on the action: signed off, reported on, extended, completed,
 * withdrawn. Each change writes an audit entry from the old state to the new one.
 */
@Service
public class ActionLifecycle {

    private static final String SUBJECT = "ACTION";

    private final ActionRepository actions;
    private final ActionDirectory directory;
    private final AuditLog audit;

    ActionLifecycle(ActionRepository actions, ActionDirectory directory, AuditLog audit) {
        this.actions = actions;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional
    public ActionState signedOff(Long actionId, String actor) {
        Action action = load(actionId);
        return changeStatus(action, actor, ActionStatus.IN_PROGRESS, "ACTION_SIGNED_OFF", null);
    }

    /** An approved progress update's RAG and percent complete become the action's. */
    @Transactional
    public ActionState reported(Long actionId, String actor, Rag rag, Integer percentComplete) {
        Action action = load(actionId);
        String from = action.getRag() == null ? null : action.getRag() + " " + action.getPercentComplete() + "%";
        action.report(rag, percentComplete);
        audit.record(Entry.of(actor, organisation(action), SUBJECT, actionId, "ACTION_REPORTED")
                .states(from, rag + " " + percentComplete + "%"));
        return ActionState.of(action, organisation(action));
    }

    @Transactional
    public ActionState extended(Long actionId, String actor, LocalDate newDue) {
        Action action = load(actionId);
        LocalDate old = action.getDue();
        action.extendTo(Objects.requireNonNull(newDue, "newDue"));
        audit.record(Entry.of(actor, organisation(action), SUBJECT, actionId, "ACTION_EXTENDED")
                .states(old == null ? "no due date" : old.toString(), newDue.toString()));
        return ActionState.of(action, organisation(action));
    }

    @Transactional
    public ActionState completed(Long actionId, String actor) {
        return changeStatus(load(actionId), actor, ActionStatus.COMPLETE, "ACTION_COMPLETED", null);
    }

    /** Withdraws the action with a reason; an action already withdrawn is left as it is. */
    @Transactional
    public ActionState withdrawn(Long actionId, String actor, String reason) {
        Action action = load(actionId);
        if (action.getStatus() == ActionStatus.WITHDRAWN) {
            return ActionState.of(action, organisation(action));
        }
        ActionStatus from = action.getStatus();
        action.withdraw(reason);
        audit.record(Entry.of(actor, organisation(action), SUBJECT, actionId, "ACTION_WITHDRAWN")
                .states(from.name(), ActionStatus.WITHDRAWN.name())
                .comment(reason));
        return ActionState.of(action, organisation(action));
    }

    @Transactional(readOnly = true)
    public ActionState state(Long actionId) {
        Action action = load(actionId);
        return ActionState.of(action, organisation(action));
    }

    private ActionState changeStatus(Action action, String actor, ActionStatus to, String event, String comment) {
        ActionStatus from = action.getStatus();
        action.changeStatus(to);
        audit.record(Entry.of(actor, organisation(action), SUBJECT, action.getId(), event)
                .states(from.name(), to.name())
                .comment(comment));
        return ActionState.of(action, organisation(action));
    }

    private Action load(Long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NotFoundException("action " + actionId));
    }

    private String organisation(Action action) {
        return directory.organisationOf(action.getId());
    }

    /** Where an action stands after a step: what the task API answers. */
    public record ActionState(
            Long id,
            String title,
            String organisation,
            ActionStatus status,
            Rag rag,
            Integer percentComplete,
            LocalDate due,
            String withdrawnReason) {
        static ActionState of(Action a, String organisation) {
            return new ActionState(
                    a.getId(),
                    a.getTitle(),
                    organisation,
                    a.getStatus(),
                    a.getRag(),
                    a.getPercentComplete(),
                    a.getDue(),
                    a.getWithdrawnReason());
        }
    }
}
