package org.parity.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parity.common.NotFoundException;
import org.parity.common.Paged;
import org.parity.common.Pager;
import org.parity.organisation.OrgUnit;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.plan.PlanViews.ActionLine;
import org.parity.workflow.internal.WorkflowTask;
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
    private final Worklists worklists;
    private final LedActions ledActions;
    private final OrganisationAccess access;

    TaskQueries(TaskList taskList, Worklists worklists, LedActions ledActions, OrganisationAccess access) {
        this.taskList = taskList;
        this.worklists = worklists;
        this.ledActions = ledActions;
        this.access = access;
    }

    /** The caller's open tasks, soonest due first. */
    public List<TaskView> openFor(Caller caller) {
        return worklists.open(caller.username(), ProcessGateway.groupsOf(caller), Worklists.Scope.ALL, 0, 0);
    }

    /** One page of the caller's open work (everything but decisions), soonest due first. */
    public Paged<TaskView> workOf(Caller caller, Integer page, int size) {
        return tasks(caller, Worklists.Scope.WORK, page, size);
    }

    /** One page of the decisions waiting for the caller, oldest first. */
    public Paged<TaskView> decisionsOf(Caller caller, Integer page, int size) {
        return tasks(caller, Worklists.Scope.DECISIONS, page, size);
    }

    /**
     * One page of the actions the caller leads in the organisations they can see, most urgent first
     * (overdue, then off track, then the soonest update due), each with its next progress update task.
     */
    public Paged<LedAction> ledBy(Caller caller, Instant now, LocalDate today, Integer page, int size) {
        Set<String> orgs = access.visibleCodes(caller);
        Pager pager = Pager.of("page", page, size, ledActions.countLed(caller.username(), orgs));
        List<LedAction> rows = pager.total() == 0
                ? List.of()
                : ledActions.led(caller.username(), orgs, now, today, pager.offset(), size);
        return new Paged<>(rows, pager);
    }

    private Paged<TaskView> tasks(Caller caller, Worklists.Scope scope, Integer page, int size) {
        Set<String> groups = ProcessGateway.groupsOf(caller);
        Pager pager = Pager.of(
                scope == Worklists.Scope.DECISIONS ? "page" : "tasksPage",
                page,
                size,
                worklists.countOpen(caller.username(), groups, scope));
        return new Paged<>(
                pager.total() == 0 ? List.of() : worklists.open(caller.username(), groups, scope, pager.offset(), size),
                pager);
    }

    /** An action the caller leads and its soonest open progress update task (null when none is open). */
    public record LedAction(ActionLine action, TaskView update) {}

    /** One task: 404 when the caller cannot see its organisation, 403 when it is not theirs to do. */
    public TaskView task(Caller caller, String taskId) {
        WorkflowTask task = taskList.find(taskId)
                .filter(t -> access.canRead(caller, t.getOrganisation()))
                .orElseThrow(() -> new NotFoundException("task " + taskId));
        boolean mine = task.getAssignee() != null
                ? task.getAssignee().equals(caller.username())
                : ProcessGateway.groupsOf(caller).contains(task.getCandidateGroup());
        if (!mine) {
            throw new AccessDeniedException("This task is not yours");
        }
        return task.view();
    }

    /** One page of the organisation's progress updates past due, the longest overdue first. */
    public Paged<TaskView> overdueUpdates(
            Caller caller, String organisation, OrgUnit unit, Instant now, Integer page, int size) {
        access.readable(caller, organisation);
        List<TaskKind> kinds = List.of(TaskKind.PROGRESS_UPDATE);
        Pager pager = Pager.of(
                "overduePage", page, size, worklists.countInOrganisation(organisation, id(unit), kinds, null, now));
        return new Paged<>(
                pager.total() == 0
                        ? List.of()
                        : worklists.inOrganisation(
                                organisation, id(unit), kinds, null, now, Worklists.Scope.WORK, pager.offset(), size),
                pager);
    }

    /** One page of the decisions waiting on the organisation's sponsors, oldest first. */
    public Paged<TaskView> decisionsWaiting(Caller caller, String organisation, OrgUnit unit, Integer page, int size) {
        access.readable(caller, organisation);
        List<TaskKind> kinds =
                Arrays.stream(TaskKind.values()).filter(TaskKind::isDecision).toList();
        Pager pager = Pager.of(
                "waitingPage", page, size, worklists.countInOrganisation(organisation, id(unit), kinds, null, null));
        return new Paged<>(
                pager.total() == 0
                        ? List.of()
                        : worklists.inOrganisation(
                                organisation,
                                id(unit),
                                kinds,
                                null,
                                null,
                                Worklists.Scope.DECISIONS,
                                pager.offset(),
                                size),
                pager);
    }

    /** The organisation's open tasks falling due from {@code from} up to (not including) {@code to}, soonest first, at most {@code limit}. */
    public Paged<TaskView> dueBetween(
            Caller caller, String organisation, OrgUnit unit, Instant from, Instant to, int limit) {
        access.readable(caller, organisation);
        List<TaskKind> kinds = List.of(TaskKind.values());
        Pager pager = Pager.of(
                "dueSoonPage", 1, limit, worklists.countInOrganisation(organisation, id(unit), kinds, from, to));
        return new Paged<>(
                pager.total() == 0
                        ? List.of()
                        : worklists.inOrganisation(
                                organisation, id(unit), kinds, from, to, Worklists.Scope.WORK, 0, limit),
                pager);
    }

    private static Long id(OrgUnit unit) {
        return unit == null ? null : unit.id();
    }

    /** The EDI team's open chase tasks of these actions, by action. */
    public Map<Long, TaskView> chasesOf(Collection<Long> actionIds) {
        Map<Long, TaskView> chases = new HashMap<>();
        worklists.openOfActions(actionIds, TaskKind.OVERDUE_CHASE).forEach(t -> chases.putIfAbsent(t.actionId(), t));
        return chases;
    }
}
