package org.parity.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkflowTaskRepository extends JpaRepository<WorkflowTask, String> {

    @Query("""
            select t from WorkflowTask t where t.state = :state
              and (t.assignee = :username or t.candidateGroup in :groups)
            order by t.dueAt asc nulls last, t.createdAt asc
            """)
    List<WorkflowTask> inState(@Param("state") WorkflowTask.State state, @Param("username") String username,
                               @Param("groups") Collection<String> groups);

    Optional<WorkflowTask> findFirstByProcessInstanceIdAndKindAndStateOrderByCreatedAtDesc(
            String processInstanceId, TaskKind kind, WorkflowTask.State state);

    List<WorkflowTask> findByProcessInstanceIdOrderByCreatedAtAsc(String processInstanceId);

    List<WorkflowTask> findByOrganisationAndStateOrderByDueAtAscCreatedAtAsc(String organisation, WorkflowTask.State state);

    List<WorkflowTask> findByActionIdAndStateOrderByCreatedAtAsc(Long actionId, WorkflowTask.State state);
}
