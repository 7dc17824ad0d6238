package org.parity.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.parity.audit.AuditLog;
import org.parity.audit.AuditLog.Entry;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.common.NotFoundException;
import org.parity.common.RowError;
import org.parity.common.TextRules;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.ActionBrief;
import org.parity.plan.ActionDirectory;
import org.parity.plan.ActionLifecycle;
import org.parity.plan.ActionLifecycle.ActionState;
import org.parity.plan.MilestoneWentOffTrack;
import org.parity.workflow.internal.WorkflowTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one class that talks to the process engine. Each action's life is one instance of
 * {@value #ACTION_PROCESS} with the action id as business key and the organisation code as tenant;
 * each organisation's yearly report per standard is one {@value #REPORTING_PROCESS}. Instances hold ids
 * and routing flags only, never business data. Completing a task checks that this caller may, records
 * the form through the progress and plan modules and completes the engine task in one transaction.
 */
@Service
public class ProcessGateway {

    public static final String ACTION_PROCESS = "actionLifecycle";
    public static final String REPORTING_PROCESS = "reportingCycle";
    public static final String MILESTONE_OFF_TRACK = "milestoneOffTrack";
    public static final String ACTION_WITHDRAWN = "actionWithdrawn";

    private static final Logger log = LoggerFactory.getLogger(ProcessGateway.class);
    static final int START_BATCH = 100;

    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final ActionDirectory directory;
    private final ActionLifecycle lifecycle;
    private final TaskList taskList;
    private final TaskSteps steps;
    private final OrganisationAccess access;
    private final AuditLog audit;
    private final WorkflowProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    /** The engine's execution table (with any prefix), for the business-key lookups below. */
    private final String executions;

    ProcessGateway(
            RuntimeService runtime,
            TaskService engineTasks,
            ActionDirectory directory,
            ActionLifecycle lifecycle,
            TaskList taskList,
            TaskSteps steps,
            OrganisationAccess access,
            AuditLog audit,
            WorkflowProperties properties,
            Clock clock,
            PlatformTransactionManager transactions,
            EntityManager entityManager,
            ManagementService management) {
        this.executions = management.getTableName(ExecutionEntity.class);
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.directory = directory;
        this.lifecycle = lifecycle;
        this.taskList = taskList;
        this.steps = steps;
        this.access = access;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Starts the action process of every action that is under way and has none yet, {@value #START_BATCH}
     * to a transaction: a bulk load commits a few hundred times, not once per process.
     */
    public int startUnderWay(List<Long> actionIds) {
        int started = 0;
        for (int from = 0; from < actionIds.size(); from += START_BATCH) {
            List<Long> batch = actionIds.subList(from, Math.min(actionIds.size(), from + START_BATCH));
            Integer n = transaction.execute(status -> {
                int count = 0;
                Set<String> running = withProcess(batch);
                for (Long id : batch) {
                    ActionBrief action = directory.action(id);
                    if (action.status().isUnderWay() && !running.contains(String.valueOf(id))) {
                        start(id, directory.organisationOf(id), true);
                        count++;
                    }
                    // write this start's rows and forget them, so each query of the next start does not
                    // dirty-check every entity of the batch first
                    entityManager.flush();
                    entityManager.clear();
                }
                return count;
            });
            started += n == null ? 0 : n;
        }
        log.info("Started {} action processes", started);
        return started;
    }

    /** Starts the process of a new action at scope and sign-off. */
    public void startNew(Long actionId) {
        start(actionId, directory.organisationOf(actionId), false);
    }

    /**
     * Whether the action has a running process: one read of the business-key index. Camunda's process
     * instance query joins the definition table, and H2 then chose to read every running execution of the
     * definition for each call, which made a bulk start quadratic (a 100,000-action load never finished);
     * this native query asks the execution table alone.
     */
    public boolean hasProcess(Long actionId) {
        return runtime.createNativeProcessInstanceQuery()
                        .sql("select count(*) from " + executions
                                + " where BUSINESS_KEY_ = #{key} and PARENT_ID_ is null")
                        .parameter("key", String.valueOf(actionId))
                        .count()
                > 0;
    }

    /** Which of these actions (business keys) have a running process: one indexed query per batch. */
    private Set<String> withProcess(List<Long> actionIds) {
        StringBuilder sql =
                new StringBuilder("select * from " + executions + " where PARENT_ID_ is null and BUSINESS_KEY_ in (");
        var query = runtime.createNativeProcessInstanceQuery();
        for (int i = 0; i < actionIds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("#{k").append(i).append('}');
            query.parameter("k" + i, String.valueOf(actionIds.get(i)));
        }
        Set<String> keys = new java.util.HashSet<>();
        query.sql(sql.append(')').toString()).list().forEach(p -> keys.add(p.getBusinessKey()));
        return keys;
    }

    /** Starts the yearly reporting cycle of one organisation and standard; the EDI team of that organisation only. */
    @Transactional
    public String startReportingCycle(Caller caller, String organisation, String standard, Integer year) {
        access.ediWork(caller, organisation, "starts its reporting cycle");
        if (standard == null || !properties.reporting().knows(standard) || year == null || year < 2000 || year > 2100) {
            throw new BadInputException(
                    "Unknown standard or year",
                    List.of(new RowError(
                            1,
                            standard == null || !properties.reporting().knows(standard) ? "standard" : "year",
                            "Give a standard with configured reporting dates (WRES, WDES, GPG) and a year")));
        }
        String key = organisation + ":" + standard.toUpperCase() + ":" + year;
        if (runtime.createProcessInstanceQuery()
                        .processDefinitionKey(REPORTING_PROCESS)
                        .processInstanceBusinessKey(key)
                        .count()
                > 0) {
            throw new ConflictException("The reporting cycle " + key + " is already running");
        }
        runtime.createProcessInstanceByKey(REPORTING_PROCESS)
                .businessKey(key)
                .setVariables(Map.of(
                        ProcessVariables.ORGANISATION,
                        organisation,
                        ProcessVariables.STANDARD,
                        standard.toUpperCase(),
                        ProcessVariables.REPORT_YEAR,
                        year))
                .execute();
        audit.record(Entry.of(caller.username(), organisation, "REPORTING_CYCLE", key, "REPORTING_CYCLE_STARTED")
                .states(null, "STARTED"));
        return key;
    }

    /**
     * Completes a task with its JSON form: 404 when the caller cannot see it, 409 when it is already
     * closed, 403 when it is not theirs (or four-eyes forbids), 400 for a bad form. Answers the
     * action's new state (or, for the reporting cycle, the cycle's).
     */
    @Transactional
    public Object complete(String taskId, Caller caller, JsonNode body) {
        WorkflowTask task = taskList.find(taskId)
                .filter(t -> access.canRead(caller, t.getOrganisation()))
                .orElseThrow(() -> new NotFoundException("task " + taskId));
        if (!task.isOpen()) {
            throw new ConflictException(
                    "This task was already " + task.getState().name().toLowerCase());
        }
        boolean mine = task.getAssignee() != null
                ? task.getAssignee().equals(caller.username())
                : groupsOf(caller).contains(task.getCandidateGroup());
        if (!mine) {
            throw new AccessDeniedException("This task is not yours to complete");
        }
        TaskForm form = TaskForms.parse(task.getKind(), body, LocalDate.now(clock));
        Map<String, Object> flags = steps.apply(task, caller, form);
        task.completedBy(caller.username());
        try {
            engineTasks.complete(taskId, transientFlags(flags));
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

    /** The EDI team withdraws an action with a reason: its open tasks close and it shows as WITHDRAWN. */
    @Transactional
    public ActionState withdraw(Long actionId, Caller caller, String reason) {
        String organisation = directory.organisationOf(actionId);
        if (!access.canRead(caller, organisation)) {
            throw new NotFoundException("action " + actionId);
        }
        access.ediWork(caller, organisation, "withdraws its actions");
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("A reason is required", List.of(new RowError(1, "reason", "Say why")));
        }
        TextRules.problem("reason", reason, 2000, true).ifPresent(problem -> {
            throw new BadInputException("The reason cannot be kept", List.of(new RowError(1, "reason", problem)));
        });
        if (!hasProcess(actionId)) {
            throw new ConflictException("The action's process has ended: it cannot be withdrawn now");
        }
        lifecycle.withdrawn(actionId, caller.username(), reason.strip());
        runtime.createMessageCorrelation(ACTION_WITHDRAWN)
                .processInstanceBusinessKey(String.valueOf(actionId))
                .correlate();
        return lifecycle.state(actionId);
    }

    /** A linked milestone went off track: the action's process asks the lead for a recovery plan. */
    @Transactional
    public int milestoneOffTrack(MilestoneWentOffTrack event) {
        // one recovery at a time: while a recovery plan is being written or reviewed, a further off-track
        // milestone of the same action is recorded (and shown in the timeline), not opened as a second task
        boolean recovering = taskList.openOfAction(event.actionId()).stream()
                .anyMatch(t -> t.getKind() == TaskKind.OFF_TRACK_RESPONSE || t.getKind() == TaskKind.RECOVERY_REVIEW);
        int correlated = recovering
                ? 0
                : runtime.createMessageCorrelation(MILESTONE_OFF_TRACK)
                        .processInstanceBusinessKey(String.valueOf(event.actionId()))
                        .correlateAllWithResult()
                        .size();
        audit.record(Entry.of(
                        "indicator evaluation",
                        directory.organisationOf(event.actionId()),
                        "ACTION",
                        event.actionId(),
                        "MILESTONE_OFF_TRACK")
                .states(null, "OFF_TRACK")
                .detail("milestone " + event.milestoneId() + ": " + event.indicator() + " " + event.period() + " = "
                        + event.value()
                        + (recovering
                                ? "; a recovery plan is already under way"
                                : correlated == 0 ? "; no running process" : "")));
        return correlated;
    }

    /** The candidate groups a caller is in: edi:ORG for the EDI team, sponsor:ORG for sponsors. */
    static Set<String> groupsOf(Caller caller) {
        Set<String> groups = new LinkedHashSet<>();
        if (caller.organisationCode() != null) {
            if (caller.has(Role.EDI)) {
                groups.add(Assignment.EDI + caller.organisationCode());
            }
            if (caller.has(Role.SPONSOR)) {
                groups.add(Assignment.SPONSORS + caller.organisationCode());
            }
        }
        return groups;
    }

    private void start(Long actionId, String organisation, boolean underWay) {
        runtime.createProcessInstanceByKey(ACTION_PROCESS)
                .businessKey(String.valueOf(actionId))
                .setVariables(Map.of(
                        ProcessVariables.ACTION_ID,
                        actionId,
                        ProcessVariables.ORGANISATION,
                        organisation,
                        ProcessVariables.UNDER_WAY,
                        underWay))
                .execute();
    }

    /** Where a reporting cycle stands after a step. */
    public record ReportingState(String cycle, String organisation, TaskView next) {}
}
