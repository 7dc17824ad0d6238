package org.parity.workflow.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parity.workflow.TaskKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WorkflowTaskRepository extends JpaRepository<WorkflowTask, String> {

    Optional<WorkflowTask> findFirstByProcessInstanceIdAndKindAndStateOrderByCreatedAtDesc(
            String processInstanceId, TaskKind kind, WorkflowTask.State state);

    List<WorkflowTask> findByProcessInstanceIdOrderByCreatedAtAsc(String processInstanceId);

    List<WorkflowTask> findByActionIdAndStateOrderByCreatedAtAsc(Long actionId, WorkflowTask.State state);

    /** Open tasks past their due date not yet escalated, the longest overdue first (index ix_task_overdue). */
    List<WorkflowTask> findByStateAndEscalatedAtIsNullAndDueAtBeforeOrderByDueAtAsc(
            WorkflowTask.State state, Instant before, Pageable page);

    /**
     * One row per kind with open tasks: the kind, how many are open and how many of those are past
     * their due date. One aggregate query over the open tasks (the metrics gauges read it).
     */
    @Query("""
            select t.kind, count(t), coalesce(sum(case when t.dueAt < :now then 1 else 0 end), 0)
            from WorkflowTask t where t.state = :state group by t.kind
            """)
    List<Object[]> countByKind(@Param("state") WorkflowTask.State state, @Param("now") Instant now);
}
