package org.parity.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.parity.workflow.internal.TaskFacts;
import org.springframework.stereotype.Component;

/**
 * Keeps the task read model: every user task in bpmn/ names this listener for create, complete and
 * delete ({@code delegateExpression="${taskListRecorder}"}) and its kind as the property "kind".
 */
@Component("taskListRecorder")
public class TaskListRecorder implements TaskListener {

    private final TaskList taskList;

    TaskListRecorder(TaskList taskList) {
        this.taskList = taskList;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean created = EVENTNAME_CREATE.equals(task.getEventName());
        taskList.record(task.getEventName(), created ? factsOf(task) : TaskFacts.of(task.getId()));
    }

    static TaskFacts factsOf(DelegateTask task) {
        // a task just created has no variables of its own: read its execution's (which the engine holds in
        // memory), where asking the task would first query the database for the task's own
        VariableScope scope = task.getExecution() != null ? task.getExecution() : task;
        Object actionId = scope.getVariable(ProcessVariables.ACTION_ID);
        Object organisation = scope.getVariable(ProcessVariables.ORGANISATION);
        String group = task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(g -> g != null)
                .findFirst()
                .orElse(null);
        return new TaskFacts(
                task.getId(),
                kindOf(task),
                task.getTaskDefinitionKey(),
                task.getName(),
                task.getProcessInstanceId(),
                task.getExecution().getProcessBusinessKey(),
                actionId == null ? null : ((Number) actionId).longValue(),
                organisation == null ? null : organisation.toString(),
                task.getAssignee(),
                group,
                task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    static TaskKind kindOf(DelegateTask task) {
        return task
                .getBpmnModelElementInstance()
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaProperties.class)
                .singleResult()
                .getCamundaProperties()
                .stream()
                .filter(p -> "kind".equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .map(TaskKind::valueOf)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(task.getTaskDefinitionKey() + " names no kind"));
    }
}
