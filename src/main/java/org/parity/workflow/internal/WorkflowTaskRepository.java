package org.parity.workflow.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parity.workflow.TaskKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkflowTaskRepository extends JpaRepository<WorkflowTask, String> {

    Optional<WorkflowTask> findFirstByProcessInstanceIdAndKindAndStateOrderByCreatedAtDesc(
            String processInstanceId, TaskKind kind, WorkflowTask.State state);

    List<WorkflowTask> findByProcessInstanceIdOrderByCreatedAtAsc(String processInstanceId);

    List<WorkflowTask> findByActionIdAndStateOrderByCreatedAtAsc(Long actionId, WorkflowTask.State state);

    /** Open tasks past their due date not yet escalated, the longest overdue first (index ix_task_overdue). */
    List<WorkflowTask> findByStateAndEscalatedAtIsNullAndDueAtBeforeOrderByDueAtAsc(
            WorkflowTask.State state, Instant before, Pageable page);
}
