package org.parity.workflow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkflowTaskRepository extends JpaRepository<WorkflowTask, String> {

    Optional<WorkflowTask> findFirstByProcessInstanceIdAndKindAndStateOrderByCreatedAtDesc(
            String processInstanceId, TaskKind kind, WorkflowTask.State state);

    List<WorkflowTask> findByProcessInstanceIdOrderByCreatedAtAsc(String processInstanceId);


    List<WorkflowTask> findByActionIdAndStateOrderByCreatedAtAsc(Long actionId, WorkflowTask.State state);
}
