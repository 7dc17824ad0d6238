package org.parity.progress.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parity.progress.Decision;
import org.parity.progress.ReviewKind;

/** One sponsor decision: which submission or update it decided, approve or return, and why. Never edited. */
@Entity(name = "Review")
@Table(name = "review")
public class ReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id")
    private Long actionId;

    @Enumerated(EnumType.STRING)
    private ReviewKind kind;

    @Column(name = "update_id")
    private Long updateId;

    @Column(name = "submission_id")
    private Long submissionId;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String comment;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ReviewEntity() {}

    public ReviewEntity(
            Long actionId,
            ReviewKind kind,
            Long updateId,
            Long submissionId,
            Decision decision,
            String comment,
            String decidedBy) {
        this.actionId = actionId;
        this.kind = kind;
        this.updateId = updateId;
        this.submissionId = submissionId;
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getActionId() {
        return actionId;
    }

    public ReviewKind getKind() {
        return kind;
    }

    public Long getUpdateId() {
        return updateId;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public boolean approved() {
        return decision == Decision.APPROVE;
    }

    public org.parity.progress.Review view() {
        return new org.parity.progress.Review(
                getId(),
                getActionId(),
                getKind(),
                getUpdateId(),
                getSubmissionId(),
                getDecision(),
                getComment(),
                getDecidedBy(),
                getDecidedAt());
    }
}
