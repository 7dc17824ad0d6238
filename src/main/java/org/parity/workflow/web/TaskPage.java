package org.parity.workflow.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.parity.people.Caller;
import org.parity.plan.ActionEvidence;
import org.parity.plan.PlanQueries;
import org.parity.progress.ProgressService;
import org.parity.progress.ProgressUpdate;
import org.parity.progress.Submission;
import org.parity.progress.SubmissionKind;
import org.parity.progress.UpdateStatus;
import org.parity.workflow.TaskInput;
import org.parity.workflow.TaskKind;
import org.parity.workflow.TaskView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a task's page shows beside its form: the action; for a lead's resubmission, what the sponsor
 * returned and why; for a sponsor's decision, what was submitted and the action's indicator evidence.
 */
@Component
class TaskPage {

    private final PlanQueries plans;
    private final ActionEvidence evidence;
    private final ProgressService progress;
    private final Clock clock;

    TaskPage(PlanQueries plans, ActionEvidence evidence, ProgressService progress, Clock clock) {
        this.plans = plans;
        this.evidence = evidence;
        this.progress = progress;
        this.clock = clock;
    }

    /** A resubmission starts from the returned update, so the lead changes only what the sponsor asked for. */
    void prefill(TaskView task, TaskInput form) {
        if (task.kind() != TaskKind.PROGRESS_UPDATE) {
            return;
        }
        returnedUpdate(task.actionId()).ifPresent(returned -> {
            form.setRag(returned.rag() == null ? null : returned.rag().name());
            form.setPercentComplete(
                    returned.percentComplete() == null
                            ? null
                            : returned.percentComplete().toString());
            form.setNarrative(returned.narrative());
            form.setEvidenceUrl(returned.evidenceUrl());
            form.setProposeCompletion(returned.proposeCompletion());
        });
    }

    void describe(TaskView task, Caller caller, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("overdue", MyWorkController.isOverdue(task, clock.instant()));
        if (task.actionId() == null) {
            return;
        }
        Long id = task.actionId();
        model.addAttribute("action", plans.action(caller, id));
        switch (task.kind()) {
            case PROGRESS_UPDATE -> returnedUpdate(id).ifPresent(u -> model.addAttribute("returnedUpdate", u));
            case SCOPE, OFF_TRACK_RESPONSE, EXTENSION_REQUEST ->
                returnedSubmission(id, SubmissionKind.valueOf(task.kind().name()))
                        .ifPresent(s -> model.addAttribute("returnedSubmission", s));
            case REVIEW -> progress.awaitingDecision(id).ifPresent(u -> model.addAttribute("update", u));
            case COMPLETION_REVIEW ->
                progress.awaitingDecision(id)
                        .filter(ProgressUpdate::proposeCompletion)
                        .ifPresentOrElse(
                                u -> model.addAttribute("update", u),
                                () -> submitted(id, SubmissionKind.EXTENSION_REQUEST, model));
            case SIGN_OFF -> submitted(id, SubmissionKind.SCOPE, model);
            case RECOVERY_REVIEW -> submitted(id, SubmissionKind.OFF_TRACK_RESPONSE, model);
            case EXTENSION_REVIEW -> submitted(id, SubmissionKind.EXTENSION_REQUEST, model);
            default -> {}
        }
        if (task.kind().isDecision()) {
            model.addAttribute("evidence", evidence.latestValues(caller, id));
        }
    }

    /** The lead's latest update, when the sponsor returned it: the resubmission starts from it. */
    Optional<ProgressUpdate> returnedUpdate(Long actionId) {
        List<ProgressUpdate> mine = progress.allFor(actionId).stream()
                .filter(u -> u.sourceDocument() == null)
                .toList();
        return mine.isEmpty()
                ? Optional.empty()
                : Optional.of(mine.get(mine.size() - 1)).filter(u -> u.status() == UpdateStatus.RETURNED);
    }

    /** Where the person goes after a task: their worklist. */
    static String worklistOf(TaskView task) {
        if (task.kind().isDecision()) {
            return "/my/decisions";
        }
        return switch (task.kind()) {
            case PROGRESS_UPDATE, SCOPE, OFF_TRACK_RESPONSE, EXTENSION_REQUEST -> "/my/actions";
            default -> "/organisations/" + task.organisation() + "/dashboard";
        };
    }

    private Optional<Submission> returnedSubmission(Long actionId, SubmissionKind kind) {
        List<Submission> ofKind = progress.submissionsOf(actionId).stream()
                .filter(s -> s.kind() == kind)
                .toList();
        return ofKind.isEmpty()
                ? Optional.empty()
                : Optional.of(ofKind.get(ofKind.size() - 1)).filter(s -> s.status() == UpdateStatus.RETURNED);
    }

    private void submitted(Long actionId, SubmissionKind kind, Model model) {
        progress.awaitingDecision(actionId, kind).ifPresent(s -> model.addAttribute("submission", s));
    }

    static boolean isLeads(TaskKind kind) {
        return kind == TaskKind.PROGRESS_UPDATE
                || kind == TaskKind.SCOPE
                || kind == TaskKind.OFF_TRACK_RESPONSE
                || kind == TaskKind.EXTENSION_REQUEST;
    }
}
