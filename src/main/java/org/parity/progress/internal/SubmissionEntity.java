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
import java.time.LocalDate;
import org.parity.progress.SubmissionForm;
import org.parity.progress.SubmissionKind;
import org.parity.progress.UpdateStatus;
import org.parity.progress.Working;

/**
 * What a lead (scope, recovery plan, extension request) or the EDI team (chase, impact evaluation)
 * handed in on a task. Those a sponsor decides on carry the decision.
 */
@Entity(name = "Submission")
@Table(name = "submission")
public class SubmissionEntity extends Decided {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id")
    private Long actionId;

    @Enumerated(EnumType.STRING)
    private SubmissionKind kind;

    private String author;

    private String comment;

    @Column(name = "new_due")
    private LocalDate newDue;

    @Column(name = "propose_completion")
    private boolean proposeCompletion;

    @Enumerated(EnumType.STRING)
    private Working working;

    @Version
    private long version;

    protected SubmissionEntity() {}

    public SubmissionEntity(Long actionId, SubmissionKind kind, String author, SubmissionForm form) {
        super(kind.needsDecision() ? UpdateStatus.SUBMITTED : UpdateStatus.APPROVED);
        this.actionId = actionId;
        this.kind = kind;
        this.author = author;
        this.comment = form.comment();
        this.newDue = form.newDue();
        this.proposeCompletion = form.proposeCompletion();
        this.working = form.working();
    }

    public Long getId() {
        return id;
    }

    public Long getActionId() {
        return actionId;
    }

    public SubmissionKind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getComment() {
        return comment;
    }

    public LocalDate getNewDue() {
        return newDue;
    }

    public boolean isProposeCompletion() {
        return proposeCompletion;
    }

    public Working getWorking() {
        return working;
    }

    public org.parity.progress.Submission view() {
        return new org.parity.progress.Submission(
                getId(),
                getActionId(),
                getKind(),
                getAuthor(),
                getComment(),
                getNewDue(),
                isProposeCompletion(),
                getWorking(),
                getStatus(),
                getSubmittedAt(),
                getDecidedBy(),
                getDecidedAt(),
                getDecisionComment());
    }
}
