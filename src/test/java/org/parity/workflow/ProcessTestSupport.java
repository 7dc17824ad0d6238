package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.ActionStatus;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.parity.support.TestActions;
import org.parity.workflow.internal.WorkflowTask;
import org.parity.workflow.internal.WorkflowTaskRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the process tests share: the Spring engine of the one test context (job executor off), fresh
 * actions per test, explicit job execution, and the engine clock reset after each test.
 */
@org.parity.support.CreatesActions
abstract class ProcessTestSupport {

    static final Caller EDI_KMPT = new Caller("edi@kmpt", "EDI", EnumSet.of(Role.EDI), "kmpt", null);
    static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessGateway gateway;

    @Autowired
    ActionRepository actions;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    WorkflowTaskRepository taskRows;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    Action newAction(ActionStatus status) {
        return new TestActions(actions, plans, themes).create("lead@kmpt", "sponsor@kmpt", DUE, status);
    }

    ProcessInstance startNew() {
        Action action = newAction(ActionStatus.DRAFT);
        gateway.startNew(action.getId());
        return instanceOf(action.getId());
    }

    ProcessInstance startUnderWay() {
        Action action = newAction(ActionStatus.IN_PROGRESS);
        assertThat(gateway.startUnderWay(List.of(action.getId()))).isEqualTo(1);
        return instanceOf(action.getId());
    }

    ProcessInstance instanceOf(Long actionId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(actionId))
                .singleResult();
    }

    static Long actionIdOf(ProcessInstance instance) {
        return Long.valueOf(instance.getBusinessKey());
    }

    Task task(ProcessInstance instance, String activity) {
        return BpmnAwareTests.task(activity, instance);
    }

    void complete(ProcessInstance instance, String activity, Object... variables) {
        java.util.Map<String, Object> map = new java.util.HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            map.put((String) variables[i], variables[i + 1]);
        }
        BpmnAwareTests.complete(task(instance, activity), map);
    }

    Job timer(ProcessInstance instance, String boundaryEvent) {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(boundaryEvent)
                .singleResult();
    }

    void fire(ProcessInstance instance, String boundaryEvent) {
        Job job = timer(instance, boundaryEvent);
        assertThat(job).as("timer " + boundaryEvent).isNotNull();
        management.executeJob(job.getId());
    }

    /** Moves the engine clock and runs every job of the instance due by then, as the job executor would. */
    void advanceTo(ProcessInstance instance, java.time.Instant at) {
        ClockUtil.setCurrentTime(java.util.Date.from(at));
        List<Job> due;
        while (!(due = management
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .executable()
                        .list())
                .isEmpty()) {
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    List<WorkflowTask> rows(ProcessInstance instance) {
        return taskRows.findByProcessInstanceIdOrderByCreatedAtAsc(instance.getId());
    }

    WorkflowTask row(Task task) {
        return taskRows.findById(task.getId()).orElseThrow();
    }
}
