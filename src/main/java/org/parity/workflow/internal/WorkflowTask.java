package org.parity.workflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.parity.workflow.Assignment;
import org.parity.workflow.TaskKind;
import org.parity.workflow.TaskListRecorder;
import org.parity.workflow.TaskView;
import org.springframework.data.domain.Persistable;

/**
 * One row of the task read model, kept by {@link TaskListRecorder} from the engine's task events:
 * worklists read this table, never variable-filtered engine queries. Closed tasks stay (completed or
 * cancelled), so a second completion is told "already completed" rather than "not found".
 */
@Entity
@EntityListeners(LedActionRows.class)
@Table(name = "workflow_task")
public class WorkflowTask implements Persistable<String> {

    public enum State {
        OPEN,
        COMPLETED,
        CANCELLED
    }

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private TaskKind kind;

    private String activity;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "business_key")
    private String businessKey;

    @Column(name = "action_id")
    private Long actionId;

    @Column(name = "action_title")
    private String actionTitle;

    @Column(name = "organisation_code")
    private String organisation;

    private String assignee;

    @Column(name = "candidate_group")
    private String candidateGroup;

    private String title;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /**
     * Whether the row exists: the id is the engine's task id, given before the row is written, so without
     * this a save would read the row first to tell an insert from an update (one more query per task).
     */
    @Transient
    private boolean stored;

    protected WorkflowTask() {}

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    public WorkflowTask(TaskFacts facts, String actionTitle, String title) {
        this.id = facts.id();
        this.kind = facts.kind();
        this.activity = facts.activity();
        this.processInstanceId = facts.processInstanceId();
        this.businessKey = facts.businessKey();
        this.actionId = facts.actionId();
        this.actionTitle = actionTitle;
        this.organisation = facts.organisation();
        this.assignee = facts.assignee();
        this.candidateGroup = facts.assignee() == null && facts.candidateGroup() == null && facts.organisation() != null
                ? Assignment.EDI + facts.organisation()
                : facts.candidateGroup();
        this.title = title;
        this.createdAt = facts.created();
        this.dueAt = facts.due();
        this.state = State.OPEN;
    }

    @Override
    public String getId() {
        return id;
    }

    public TaskKind getKind() {
        return kind;
    }

    String getActivity() {
        return activity;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public Long getActionId() {
        return actionId;
    }

    public String getActionTitle() {
        return actionTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getCandidateGroup() {
        return candidateGroup;
    }

    public String getTitle() {
        return title;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public State getState() {
        return state;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public void completed(Instant at) {
        this.state = State.COMPLETED;
        this.closedAt = at;
    }

    public void cancelled(Instant at) {
        if (state == State.OPEN) {
            this.state = State.CANCELLED;
            this.closedAt = at;
        }
    }

    /** Past its due date and escalated (once) by the sweep. */
    public void escalated(Instant at) {
        this.escalatedAt = at;
    }

    public void completedBy(String username) {
        this.completedBy = username;
    }

    public TaskView view() {
        return new TaskView(
                id,
                kind,
                actionId,
                actionTitle,
                organisation,
                title,
                assignee,
                candidateGroup,
                createdAt,
                dueAt,
                state.name());
    }
}
