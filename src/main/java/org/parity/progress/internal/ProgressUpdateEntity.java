package org.parity.progress.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.parity.progress.Rag;
import org.parity.progress.UpdateStatus;

/**
 * A lead's report on an action: RAG, percent complete, narrative and evidence. Only an approved
 * update's narrative ever reaches a report. Progress printed in a seed document is stored as an
 * approved update whose source is that document.
 */
@Entity(name = "ProgressUpdate")
@Table(name = "progress_update")
public class ProgressUpdateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id")
    private Long actionId;

    private String author;

    @Enumerated(EnumType.STRING)
    private Rag rag;

    @Column(name = "percent_complete")
    private Integer percentComplete;

    private String narrative;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    @Column(name = "propose_completion")
    private boolean proposeCompletion;

    @Enumerated(EnumType.STRING)
    private UpdateStatus status;

    @Column(name = "source_document")
    private String sourceDocument;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Version
    private long version;

    protected ProgressUpdateEntity() {}

    public ProgressUpdateEntity(
            Long actionId,
            String author,
            Rag rag,
            Integer percentComplete,
            String narrative,
            String evidenceUrl,
            boolean proposeCompletion) {
        this.actionId = actionId;
        this.author = author;
        this.rag = rag;
        this.percentComplete = percentComplete;
        this.narrative = narrative;
        this.evidenceUrl = evidenceUrl;
        this.proposeCompletion = proposeCompletion;
        this.status = UpdateStatus.SUBMITTED;
        this.submittedAt = Instant.now();
    }

    public static ProgressUpdateEntity published(Long actionId, String narrative, String document) {
        ProgressUpdateEntity update =
                new ProgressUpdateEntity(actionId, "document " + document, null, null, narrative, null, false);
        update.status = UpdateStatus.APPROVED;
        update.sourceDocument = document;
        update.decidedBy = "document " + document;
        update.decidedAt = update.submittedAt;
        return update;
    }

    public Long getId() {
        return id;
    }

    public Long getActionId() {
        return actionId;
    }

    public String getAuthor() {
        return author;
    }

    public Rag getRag() {
        return rag;
    }

    public Integer getPercentComplete() {
        return percentComplete;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public boolean isProposeCompletion() {
        return proposeCompletion;
    }

    public UpdateStatus getStatus() {
        return status;
    }

    public String getSourceDocument() {
        return sourceDocument;
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

    public long getVersion() {
        return version;
    }

    public void decide(UpdateStatus decision, String sponsor, String comment) {
        this.status = decision;
        this.decidedBy = sponsor;
        this.decidedAt = Instant.now();
        this.decisionComment = comment;
    }

    public org.parity.progress.ProgressUpdate view() {
        return new org.parity.progress.ProgressUpdate(
                getId(),
                getActionId(),
                getAuthor(),
                getRag(),
                getPercentComplete(),
                getNarrative(),
                getEvidenceUrl(),
                isProposeCompletion(),
                getStatus(),
                getSourceDocument(),
                getSubmittedAt(),
                getDecidedBy(),
                getDecidedAt(),
                getDecisionComment(),
                getVersion());
    }
}
