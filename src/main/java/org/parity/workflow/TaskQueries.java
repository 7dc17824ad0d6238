package org.parity.workflow;

import java.util.List;
import org.parity.common.NotFoundException;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the task read model for pages: the caller's worklist, one task as its page shows it, and an
 * organisation's open tasks for the EDI team's dashboard. Completing a task stays the gateway's job.
 */
@Service
@Transactional(readOnly = true)
public class TaskQueries {

    private final TaskList taskList;
    private final OrganisationAccess access;

    TaskQueries(TaskList taskList, OrganisationAccess access) {
        this.taskList = taskList;
        this.access = access;
    }

    /** The caller's open tasks, soonest due first. */
    public List<TaskView> openFor(Caller caller) {
        return taskList.openFor(caller.username(), ProcessGateway.groupsOf(caller)).stream().map(WorkflowTask::view)
                .toList();
    }

    /** One task: 404 when the caller cannot see its organisation, 403 when it is not theirs to do. */
    public TaskView task(Caller caller, String taskId) {
        WorkflowTask task = taskList.find(taskId).filter(t -> access.canRead(caller, t.getOrganisation()))
                .orElseThrow(() -> new NotFoundException("task " + taskId));
        boolean mine = task.getAssignee() != null ? task.getAssignee().equals(caller.username())
                : ProcessGateway.groupsOf(caller).contains(task.getCandidateGroup());
        if (!mine) {
            throw new AccessDeniedException("This task is not yours");
        }
        return task.view();
    }

    /** Every open task of one organisation (the caller must be able to read it), soonest due first. */
    public List<TaskView> openInOrganisation(Caller caller, String organisation) {
        access.readable(caller, organisation);
        return taskList.openInOrganisation(organisation).stream().map(WorkflowTask::view).toList();
    }
}
