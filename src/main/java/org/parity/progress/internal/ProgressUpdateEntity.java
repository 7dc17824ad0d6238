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
import org.parity.progress.Rag;
import org.parity.progress.UpdateStatus;

/**
 * A lead's report on an action: RAG, percent complete, narrative and evidence. Only an approved
 * update's narrative ever reaches a report. Progress printed in a seed document is stored as an
 * approved update whose source is that document.
 */
@Entity(name = "ProgressUpdate")
@Table(name = "progress_update")
public class ProgressUpdateEntity extends Decided {

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

    @Column(name = "source_document")
    private String sourceDocument;

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
        super(UpdateStatus.SUBMITTED);
        this.actionId = actionId;
        this.author = author;
        this.rag = rag;
        this.percentComplete = percentComplete;
        this.narrative = narrative;
        this.evidenceUrl = evidenceUrl;
        this.proposeCompletion = proposeCompletion;
    }

    public static ProgressUpdateEntity published(Long actionId, String narrative, String document) {
        ProgressUpdateEntity update =
                new ProgressUpdateEntity(actionId, "document " + document, null, null, narrative, null, false);
        update.sourceDocument = document;
        update.approvedOnSubmission("document " + document);
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

    public String getSourceDocument() {
        return sourceDocument;
    }

    public long getVersion() {
        return version;
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
