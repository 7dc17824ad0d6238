package org.parity.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.parity.plan.ActionDirectory;
import org.parity.workflow.internal.TaskFacts;
import org.parity.workflow.internal.WorkflowTask;
import org.parity.workflow.internal.WorkflowTaskRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The task read model: written by the task listener, read by worklists, reminders and the gateway. */
@Service
@Transactional
class TaskList {

    private final WorkflowTaskRepository tasks;
    private final ActionDirectory directory;

    TaskList(WorkflowTaskRepository tasks, ActionDirectory directory) {
        this.tasks = tasks;
        this.directory = directory;
    }

    /** Applies one engine task event: create, complete or delete. */
    void record(String event, TaskFacts facts) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        switch (event) {
            case "create" -> {
                String actionTitle = facts.actionId() == null
                        ? null
                        : directory.action(facts.actionId()).title();
                String subject = actionTitle != null ? actionTitle : facts.businessKey();
                tasks.save(new WorkflowTask(facts, actionTitle, facts.name() + ": " + subject));
            }
            case "complete" -> tasks.findById(facts.id()).ifPresent(t -> t.completed(now));
            case "delete" -> tasks.findById(facts.id()).ifPresent(t -> t.cancelled(now));
            default -> {}
        }
    }

    @Transactional(readOnly = true)
    Optional<WorkflowTask> find(String id) {
        return tasks.findById(id);
    }

    @Transactional(readOnly = true)
    Optional<WorkflowTask> open(String processInstanceId, TaskKind kind) {
        return tasks.findFirstByProcessInstanceIdAndKindAndStateOrderByCreatedAtDesc(
                processInstanceId, kind, WorkflowTask.State.OPEN);
    }

    @Transactional(readOnly = true)
    Optional<WorkflowTask> lastCompleted(String processInstanceId, TaskKind kind) {
        return tasks.findFirstByProcessInstanceIdAndKindAndStateOrderByCreatedAtDesc(
                processInstanceId, kind, WorkflowTask.State.COMPLETED);
    }

    @Transactional(readOnly = true)
    Optional<WorkflowTask> openOfProcess(String processInstanceId) {
        return tasks.findByProcessInstanceIdOrderByCreatedAtAsc(processInstanceId).stream()
                .filter(WorkflowTask::isOpen)
                .reduce((first, second) -> second);
    }

    @Transactional(readOnly = true)
    List<WorkflowTask> openOfAction(Long actionId) {
        return tasks.findByActionIdAndStateOrderByCreatedAtAsc(actionId, WorkflowTask.State.OPEN);
    }
}
