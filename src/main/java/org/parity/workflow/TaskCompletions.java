package org.parity.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.common.NotFoundException;
import org.parity.common.RowError;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.plan.ActionLifecycle;
import org.parity.workflow.ProcessGateway.ReportingState;
import org.parity.workflow.internal.WorkflowTask;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Completes a task: checks that this caller may (404 unseen, 409 closed, 403 not theirs), that the input
 * is of the task's kind, records it through {@link TaskSteps} and completes the engine task, all in the
 * caller's transaction. The input is valid by then: {@link TaskJson} checked a JSON form, the page and
 * the gateway checked a {@link TaskInput}.
 */
@Component
class TaskCompletions {

    private final TaskService engineTasks;
    private final ActionLifecycle lifecycle;
    private final TaskList taskList;
    private final TaskSteps steps;
    private final TaskJson json;
    private final OrganisationAccess access;

    TaskCompletions(
            TaskService engineTasks,
            ActionLifecycle lifecycle,
            TaskList taskList,
            TaskSteps steps,
            TaskJson json,
            OrganisationAccess access) {
        this.engineTasks = engineTasks;
        this.lifecycle = lifecycle;
        this.taskList = taskList;
        this.steps = steps;
        this.json = json;
        this.access = access;
    }

    Object complete(String taskId, Caller caller, JsonNode body) {
        WorkflowTask task = completable(taskId, caller);
        return complete(task, caller, json.read(task.getKind(), body));
    }

    Object complete(String taskId, Caller caller, TaskInput input) {
        WorkflowTask task = completable(taskId, caller);
        if (input.kind() != task.getKind()) {
            throw new BadInputException(
                    "This is a " + task.getKind() + " task",
                    List.of(new RowError(1, "kind", "Send the form of a " + task.getKind() + " task")));
        }
        return complete(task, caller, input);
    }

    private WorkflowTask completable(String taskId, Caller caller) {
        WorkflowTask task = taskList.find(taskId)
                .filter(t -> access.canRead(caller, t.getOrganisation()))
                .orElseThrow(() -> new NotFoundException("task " + taskId));
        if (!task.isOpen()) {
            throw new ConflictException(
                    "This task was already " + task.getState().name().toLowerCase());
        }
        boolean mine = task.getAssignee() != null
                ? task.getAssignee().equals(caller.username())
                : ProcessGateway.groupsOf(caller).contains(task.getCandidateGroup());
        if (!mine) {
            throw new AccessDeniedException("This task is not yours to complete");
        }
        return task;
    }

    private Object complete(WorkflowTask task, Caller caller, TaskInput input) {
        Map<String, Object> flags = steps.apply(task, caller, input);
        task.completedBy(caller.username());
        try {
            engineTasks.complete(task.getId(), transientFlags(flags));
        } catch (NullValueException | OptimisticLockingException e) {
            throw new ConflictException("This task was completed or closed meanwhile");
        }
        if (task.getActionId() != null) {
            return lifecycle.state(task.getActionId());
        }
        return new ReportingState(
                task.getBusinessKey(),
                task.getOrganisation(),
                taskList.openOfProcess(task.getProcessInstanceId())
                        .map(WorkflowTask::view)
                        .orElse(null));
    }

    /**
     * The routing flags of one completion (approved, completionProposed) steer only the gateway right
     * after the task: they are transient, so they are never stored, never shared with a concurrent
     * branch (the recovery review beside an update review) and never read again by a later gateway.
     */
    private static VariableMap transientFlags(Map<String, Object> flags) {
        VariableMap variables = Variables.createVariables();
        flags.forEach((name, value) -> variables.putValueTyped(name, Variables.booleanValue((Boolean) value, true)));
        return variables;
    }
}
