package org.parity.progress.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.parity.progress.UpdateStatus;

/**
 * What a progress update and a submission share: handed in at a time, waiting for the sponsor (or
 * approved at once), then approved or returned by someone, when, and why.
 */
@MappedSuperclass
public abstract class Decided {

    @Enumerated(EnumType.STRING)
    private UpdateStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    protected Decided() {}

    protected Decided(UpdateStatus status) {
        this.status = status;
        this.submittedAt = Instant.now();
    }

    public UpdateStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    /** Approved the moment it was handed in, by what handed it in (a published document). */
    protected void approvedOnSubmission(String by) {
        this.status = UpdateStatus.APPROVED;
        this.decidedBy = by;
        this.decidedAt = submittedAt;
    }

    public void decide(UpdateStatus decision, String sponsor, String comment) {
        this.status = decision;
        this.decidedBy = sponsor;
        this.decidedAt = Instant.now();
        this.decisionComment = comment;
    }
}
