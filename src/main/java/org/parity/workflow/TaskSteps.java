package org.parity.workflow;

import java.util.Map;
import java.util.Optional;
import org.parity.audit.AuditLog;
import org.parity.audit.AuditLog.Entry;
import org.parity.common.ConflictException;
import org.parity.people.Caller;
import org.parity.plan.ActionLifecycle;
import org.parity.progress.Decision;
import org.parity.progress.DecisionForm;
import org.parity.progress.FourEyesException;
import org.parity.progress.ProgressService;
import org.parity.progress.ProgressUpdate;
import org.parity.progress.Review;
import org.parity.progress.ReviewKind;
import org.parity.progress.Submission;
import org.parity.progress.SubmissionKind;
import org.parity.workflow.internal.WorkflowTask;
import org.springframework.stereotype.Component;

/**
 * What completing each kind of task does to the business: progress records what was handed in and
 * decided, plan updates the action. Returns the routing flags the process needs, nothing more.
 */
@Component
class TaskSteps {

    private final ProgressService progress;
    private final ActionLifecycle lifecycle;
    private final TaskList tasks;
    private final AuditLog audit;

    TaskSteps(ProgressService progress, ActionLifecycle lifecycle, TaskList tasks, AuditLog audit) {
        this.progress = progress;
        this.lifecycle = lifecycle;
        this.tasks = tasks;
        this.audit = audit;
    }

    /** Records a valid input of the task's kind (see {@link TaskInput}). */
    Map<String, Object> apply(WorkflowTask task, Caller caller, TaskInput input) {
        Long id = task.getActionId();
        return switch (task.getKind()) {
            case SCOPE -> record(id, caller, SubmissionKind.SCOPE, input);
            case OFF_TRACK_RESPONSE -> record(id, caller, SubmissionKind.OFF_TRACK_RESPONSE, input);
            case OVERDUE_CHASE -> record(id, caller, SubmissionKind.OVERDUE_CHASE, input);
            case IMPACT_EVALUATION -> record(id, caller, SubmissionKind.IMPACT_EVALUATION, input);
            case PROGRESS_UPDATE -> {
                var update = input.update();
                progress.submit(id, caller, update);
                yield Map.of(ProcessVariables.COMPLETION_PROPOSED, update.proposeCompletion());
            }
            case EXTENSION_REQUEST -> {
                var request = input.submission();
                progress.record(id, caller, SubmissionKind.EXTENSION_REQUEST, request);
                yield Map.of(ProcessVariables.COMPLETION_PROPOSED, request.proposeCompletion());
            }
            case SIGN_OFF ->
                decided(
                        decideOn(id, SubmissionKind.SCOPE, ReviewKind.SIGN_OFF, caller, input.decided()),
                        () -> lifecycle.signedOff(id, caller.username()));
            case RECOVERY_REVIEW ->
                decided(
                        decideOn(
                                id,
                                SubmissionKind.OFF_TRACK_RESPONSE,
                                ReviewKind.RECOVERY_REVIEW,
                                caller,
                                input.decided()),
                        () -> {});
            case EXTENSION_REVIEW -> {
                Submission request = awaiting(id, SubmissionKind.EXTENSION_REQUEST);
                DecisionForm form = input.decided();
                Review review = progress.decideSubmission(
                        request.id(), caller, ReviewKind.EXTENSION_REVIEW, form.decision(), form.comment());
                yield decided(review, () -> lifecycle.extended(id, caller.username(), request.newDue()));
            }
            case REVIEW -> reviewUpdate(id, caller, input.decided(), false);
            case COMPLETION_REVIEW -> reviewCompletion(id, caller, input.decided());
            case LOAD_FIGURES, PREPARE_REPORT, PUBLISH_REPORT -> reportStep(task, caller, input.note());
            case REPORT_SIGN_OFF -> reportSignOff(task, caller, input.decided());
        };
    }

    private Map<String, Object> record(Long actionId, Caller caller, SubmissionKind kind, TaskInput input) {
        progress.record(actionId, caller, kind, input.submission());
        return Map.of();
    }

    private Map<String, Object> reviewUpdate(Long actionId, Caller caller, DecisionForm form, boolean completing) {
        ProgressUpdate update = progress.awaitingDecision(actionId)
                .orElseThrow(() -> new ConflictException("No progress update is waiting for a decision"));
        Review review = progress.decide(update.id(), caller, form.decision(), form.comment());
        return decided(review, () -> {
            lifecycle.reported(actionId, caller.username(), update.rag(), update.percentComplete());
            if (completing) {
                lifecycle.completed(actionId, caller.username());
            }
        });
    }

    private Map<String, Object> reviewCompletion(Long actionId, Caller caller, DecisionForm form) {
        Optional<ProgressUpdate> update = progress.awaitingDecision(actionId).filter(ProgressUpdate::proposeCompletion);
        if (update.isPresent()) {
            return reviewUpdate(actionId, caller, form, true);
        }
        Review review =
                decideOn(actionId, SubmissionKind.EXTENSION_REQUEST, ReviewKind.COMPLETION_REVIEW, caller, form);
        return decided(review, () -> lifecycle.completed(actionId, caller.username()));
    }

    private Review decideOn(Long actionId, SubmissionKind kind, ReviewKind review, Caller caller, DecisionForm form) {
        return progress.decideSubmission(
                awaiting(actionId, kind).id(), caller, review, form.decision(), form.comment());
    }

    private Submission awaiting(Long actionId, SubmissionKind kind) {
        return progress.awaitingDecision(actionId, kind)
                .orElseThrow(() -> new ConflictException("No " + kind + " is waiting for a decision"));
    }

    private static Map<String, Object> decided(Review review, Runnable onApproval) {
        if (review.approved()) {
            onApproval.run();
        }
        return Map.of(ProcessVariables.APPROVED, review.approved());
    }

    private Map<String, Object> reportStep(WorkflowTask task, Caller caller, String comment) {
        audit.record(Entry.of(
                        caller.username(),
                        task.getOrganisation(),
                        "REPORTING_CYCLE",
                        task.getBusinessKey(),
                        task.getKind() + "_DONE")
                .states(task.getKind().name(), "DONE")
                .comment(comment));
        return Map.of();
    }

    private Map<String, Object> reportSignOff(WorkflowTask task, Caller caller, DecisionForm form) {
        boolean preparedByCaller = tasks.lastCompleted(task.getProcessInstanceId(), TaskKind.PREPARE_REPORT)
                .map(WorkflowTask::getCompletedBy)
                .filter(caller.username()::equals)
                .isPresent();
        if (form.decision() == Decision.APPROVE && preparedByCaller) {
            throw new FourEyesException("report");
        }
        boolean approved = form.decision() == Decision.APPROVE;
        audit.record(Entry.of(
                        caller.username(),
                        task.getOrganisation(),
                        "REPORTING_CYCLE",
                        task.getBusinessKey(),
                        "REPORT_SIGN_OFF_DECIDED")
                .states("PREPARED", approved ? "APPROVED" : "RETURNED")
                .comment(form.comment()));
        return Map.of(ProcessVariables.APPROVED, approved);
    }
}
