package org.parity.progress;

import jakarta.validation.Validator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parity.audit.AuditLog;
import org.parity.audit.AuditLog.Entry;
import org.parity.common.ConflictException;
import org.parity.common.InputViolationsException;
import org.parity.common.NotFoundException;
import org.parity.people.Caller;
import org.parity.progress.internal.ProgressUpdateEntity;
import org.parity.progress.internal.ProgressUpdateRepository;
import org.parity.progress.internal.ReviewEntity;
import org.parity.progress.internal.ReviewRepository;
import org.parity.progress.internal.SubmissionEntity;
import org.parity.progress.internal.SubmissionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress updates, the other things leads and the EDI team hand in, and the sponsor's decisions on
 * them. Four-eyes: whoever submitted something may never approve it, whatever roles they hold. What is
 * handed in is checked by its form's constraints ({@link UpdateForm}, {@link SubmissionForm},
 * {@link DecisionForm}: a return needs a comment) before anything is stored; a violation is a
 * {@link org.parity.common.BadInputException} naming the fields. Every step writes an audit entry in the
 * same transaction. The action itself
 * (its RAG, percent, status) belongs to the plan module: the workflow module updates it.
 */
@Service
public class ProgressService {

    private static final String SUBJECT = "ACTION";

    private final ProgressUpdateRepository updates;
    private final SubmissionRepository submissions;
    private final ReviewRepository reviews;
    private final AuditLog audit;
    private final Validator validator;

    ProgressService(
            ProgressUpdateRepository updates,
            SubmissionRepository submissions,
            ReviewRepository reviews,
            AuditLog audit,
            Validator validator) {
        this.updates = updates;
        this.submissions = submissions;
        this.reviews = reviews;
        this.audit = audit;
        this.validator = validator;
    }

    /** Progress a published document reports: stored as approved, its source named. */
    @Transactional
    public void recordPublished(Long actionId, List<String> statements, String document) {
        for (String statement : statements) {
            updates.save(ProgressUpdateEntity.published(actionId, statement, document));
        }
    }

    /** The lead's progress update (PROGRESS_UPDATE), waiting for the sponsor. */
    @Transactional
    public ProgressUpdate submit(Long actionId, Caller caller, UpdateForm form) {
        check(form, "The progress update is not complete");
        ProgressUpdateEntity update = updates.save(new ProgressUpdateEntity(
                actionId,
                caller.username(),
                form.rag(),
                form.percentComplete(),
                form.narrative(),
                form.evidenceUrl(),
                form.proposeCompletion()));
        audit.record(Entry.of(caller.username(), caller.organisationCode(), SUBJECT, actionId, "UPDATE_SUBMITTED")
                .states(null, UpdateStatus.SUBMITTED.name())
                .comment(form.narrative())
                .detail("update " + update.getId() + ": " + form.rag() + ", " + form.percentComplete() + "%"
                        + (form.proposeCompletion() ? ", completion proposed" : "")));
        return update.view();
    }

    /** The sponsor's decision on a progress update (REVIEW, or COMPLETION_REVIEW when it proposes completion). */
    @Transactional
    public Review decide(Long updateId, Caller caller, Decision decision, String comment) {
        ProgressUpdateEntity update =
                updates.findById(updateId).orElseThrow(() -> new NotFoundException("progress update " + updateId));
        requireOpen(update.getStatus(), "progress update " + updateId);
        check(new DecisionForm(decision, comment), "The decision is not complete");
        if (decision == Decision.APPROVE && update.getAuthor().equals(caller.username())) {
            throw new FourEyesException("progress update");
        }
        ReviewKind kind = update.isProposeCompletion() ? ReviewKind.COMPLETION_REVIEW : ReviewKind.REVIEW;
        UpdateStatus to = decision == Decision.APPROVE ? UpdateStatus.APPROVED : UpdateStatus.RETURNED;
        update.decide(to, caller.username(), comment);
        return review(update.getActionId(), kind, update.getId(), null, caller, decision, comment);
    }

    /** Anything else handed in on a task: scope, recovery plan, extension request, chase, impact evaluation. */
    @Transactional
    public Submission record(Long actionId, Caller caller, SubmissionKind kind, SubmissionForm form) {
        check(form, "A comment is required");
        SubmissionEntity submission = submissions.save(new SubmissionEntity(actionId, kind, caller.username(), form));
        audit.record(
                Entry.of(caller.username(), caller.organisationCode(), SUBJECT, actionId, kind.name() + "_SUBMITTED")
                        .states(null, submission.getStatus().name())
                        .comment(form.comment())
                        .detail(detail(submission)));
        return submission.view();
    }

    /** The sponsor's decision on a submission (SIGN_OFF, RECOVERY_REVIEW, EXTENSION_REVIEW, COMPLETION_REVIEW). */
    @Transactional
    public Review decideSubmission(
            Long submissionId, Caller caller, ReviewKind kind, Decision decision, String comment) {
        SubmissionEntity submission = submissions
                .findById(submissionId)
                .orElseThrow(() -> new NotFoundException("submission " + submissionId));
        requireOpen(submission.getStatus(), "submission " + submissionId);
        check(new DecisionForm(decision, comment), "The decision is not complete");
        if (decision == Decision.APPROVE && submission.getAuthor().equals(caller.username())) {
            throw new FourEyesException(
                    submission.getKind().name().toLowerCase().replace('_', ' '));
        }
        UpdateStatus to = decision == Decision.APPROVE ? UpdateStatus.APPROVED : UpdateStatus.RETURNED;
        submission.decide(to, caller.username(), comment);
        return review(submission.getActionId(), kind, null, submission.getId(), caller, decision, comment);
    }

    /** The progress update waiting for its sponsor, if any (the latest). */
    @Transactional(readOnly = true)
    public Optional<ProgressUpdate> awaitingDecision(Long actionId) {
        return updates.findFirstByActionIdAndStatusOrderByIdDesc(actionId, UpdateStatus.SUBMITTED)
                .map(ProgressUpdateEntity::view);
    }

    /** The submission of this kind waiting for its sponsor, if any (the latest). */
    @Transactional(readOnly = true)
    public Optional<Submission> awaitingDecision(Long actionId, SubmissionKind kind) {
        return submissions
                .findFirstByActionIdAndKindAndStatusOrderByIdDesc(actionId, kind, UpdateStatus.SUBMITTED)
                .map(SubmissionEntity::view);
    }

    @Transactional(readOnly = true)
    public List<ProgressUpdate> approvedFor(Long actionId) {
        return views(updates.findByActionIdAndStatusOrderBySubmittedAtAscIdAsc(actionId, UpdateStatus.APPROVED));
    }

    /** The ten most recently approved updates of one organisation's actions, or one unit's (the EDI dashboard). */
    @Transactional(readOnly = true)
    public List<ProgressUpdate> recentlyApprovedIn(String organisation, Long unitId) {
        return views(updates.recentlyApprovedIn(organisation, unitId == null ? 0 : unitId));
    }

    /** True when the action's most recent progress update was returned by its sponsor (and not yet resubmitted). */
    @Transactional(readOnly = true)
    public boolean latestIsReturned(Long actionId) {
        return updates.findFirstByActionIdOrderBySubmittedAtDescIdDesc(actionId)
                .filter(u -> u.getStatus() == UpdateStatus.RETURNED)
                .isPresent();
    }

    /**
     * Of these actions, those whose most recent progress update (by submission time, then id, as
     * {@link #latestIsReturned} orders them) was returned: one query for the lot, for bulk process starts.
     */
    @Transactional(readOnly = true)
    public Set<Long> latestReturnedAmong(Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return Set.of();
        }
        Comparator<ProgressUpdateEntity> recency =
                Comparator.comparing(ProgressUpdateEntity::getSubmittedAt).thenComparing(ProgressUpdateEntity::getId);
        Map<Long, ProgressUpdateEntity> latest = new HashMap<>();
        for (ProgressUpdateEntity u : updates.findByActionIdIn(Set.copyOf(actionIds))) {
            latest.merge(u.getActionId(), u, (a, b) -> recency.compare(a, b) >= 0 ? a : b);
        }
        Set<Long> returned = new HashSet<>();
        latest.forEach((action, u) -> {
            if (u.getStatus() == UpdateStatus.RETURNED) {
                returned.add(action);
            }
        });
        return returned;
    }

    @Transactional(readOnly = true)
    public List<ProgressUpdate> allFor(Long actionId) {
        return views(updates.findByActionIdOrderBySubmittedAtAscIdAsc(actionId));
    }

    @Transactional(readOnly = true)
    public List<Review> reviewsOf(Long actionId) {
        return reviews.findByActionIdOrderByIdAsc(actionId).stream()
                .map(ReviewEntity::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Submission> submissionsOf(Long actionId) {
        return submissions.findByActionIdOrderByIdAsc(actionId).stream()
                .map(SubmissionEntity::view)
                .toList();
    }

    private Review review(
            Long actionId,
            ReviewKind kind,
            Long updateId,
            Long submissionId,
            Caller caller,
            Decision decision,
            String comment) {
        ReviewEntity review = reviews.save(
                new ReviewEntity(actionId, kind, updateId, submissionId, decision, comment, caller.username()));
        String to = decision == Decision.APPROVE ? UpdateStatus.APPROVED.name() : UpdateStatus.RETURNED.name();
        audit.record(Entry.of(caller.username(), caller.organisationCode(), SUBJECT, actionId, kind.name() + "_DECIDED")
                .states(UpdateStatus.SUBMITTED.name(), to)
                .comment(comment)
                .detail(updateId != null ? "update " + updateId : "submission " + submissionId));
        return review.view();
    }

    private static void requireOpen(UpdateStatus status, String what) {
        if (status != UpdateStatus.SUBMITTED) {
            throw new ConflictException("The " + what + " was already decided");
        }
    }

    /** Refuses a form that breaks its constraints, before anything is stored. */
    private void check(Object form, String detail) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InputViolationsException(detail, 1, violations);
        }
    }

    private static String detail(SubmissionEntity s) {
        StringBuilder d = new StringBuilder("submission " + s.getId());
        if (s.getNewDue() != null) {
            d.append(", new due date ").append(s.getNewDue());
        }
        if (s.isProposeCompletion()) {
            d.append(", completion proposed");
        }
        if (s.getWorking() != null) {
            d.append(", working: ").append(s.getWorking());
        }
        return d.toString();
    }

    static List<ProgressUpdate> views(List<ProgressUpdateEntity> updates) {
        return updates.stream().map(ProgressUpdateEntity::view).toList();
    }
}
