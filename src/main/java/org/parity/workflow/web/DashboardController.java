package org.parity.workflow.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.people.Role;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanQueries;
import org.parity.plan.PlanViews.ActionLine;
import org.parity.progress.ProgressService;
import org.parity.progress.ProgressUpdate;
import org.parity.progress.Rag;
import org.parity.workflow.TaskKind;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The EDI team's view of one organisation: actions by status and RAG, overdue updates (with the chase
 * task when the process has opened one), off-track milestones, decisions waiting on sponsors, and
 * what falls due in the next 30 days. The organisation's EDI team (and platform admins) only.
 */
@Controller
class DashboardController {

    static final String DASHBOARD = "dashboard";
    static final int DUE_SOON_DAYS = 30;

    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final OrganisationAccess access;
    private final ProgressService progress;
    private final CurrentCaller caller;
    private final Clock clock;

    DashboardController(PlanQueries plans, TaskQueries tasks, OrganisationAccess access, ProgressService progress,
                        CurrentCaller caller, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.access = access;
        this.progress = progress;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping("/organisations/{org}/dashboard")
    String dashboard(@PathVariable String org, Model model) {
        Caller who = caller.get();
        model.addAttribute("organisation", access.readable(who, org));
        if (!(who.isAdmin() || (who.has(Role.EDI) && who.belongsTo(org)))) {
            throw new AccessDeniedException("Only the EDI team of " + org + " sees its dashboard");
        }
        List<ActionLine> actions = plans.actionsOf(who, org);
        List<TaskView> open = tasks.openInOrganisation(who, org);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Instant horizon = now.plus(java.time.Duration.ofDays(DUE_SOON_DAYS));

        model.addAttribute("counts", counts(actions));
        model.addAttribute("total", actions.size());
        Map<Long, TaskView> chases = open.stream().filter(t -> t.kind() == TaskKind.OVERDUE_CHASE && t.actionId() != null)
                .collect(Collectors.toMap(TaskView::actionId, t -> t, (a, b) -> a));
        model.addAttribute("overdue", open.stream()
                .filter(t -> t.kind() == TaskKind.PROGRESS_UPDATE && MyWorkController.isOverdue(t, now))
                .map(t -> new Overdue(t, chases.get(t.actionId()))).toList());
        model.addAttribute("offTrack", plans.offTrackMilestones(who, org));
        model.addAttribute("waiting", open.stream().filter(t -> t.kind().isDecision())
                .sorted(Comparator.comparing(TaskView::created, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> new MyWorkController.TaskRow(t, MyWorkController.isOverdue(t, now))).toList());
        List<DueSoon> dueSoon = new ArrayList<>();
        open.stream().filter(t -> t.due() != null && !t.due().isBefore(now) && t.due().isBefore(horizon))
                .forEach(t -> dueSoon.add(new DueSoon(LocalDate.ofInstant(t.due(), ZoneId.systemDefault()), t, null)));
        actions.stream().filter(a -> a.due() != null && !a.due().isBefore(today) && a.due().isBefore(today.plusDays(DUE_SOON_DAYS))
                        && Set.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.DRAFT).contains(a.status()))
                .forEach(a -> dueSoon.add(new DueSoon(a.due(), null, a)));
        dueSoon.sort(Comparator.comparing(DueSoon::due));
        model.addAttribute("dueSoon", dueSoon);
        model.addAttribute("rags", Rag.values());
        Map<Long, String> titles = actions.stream().collect(Collectors.toMap(ActionLine::id, ActionLine::title));
        model.addAttribute("approved", progress.recentlyApproved(titles.keySet()).stream()
                .map(u -> new Approved(u, titles.get(u.getActionId()))).toList());
        return DASHBOARD;
    }

    /** Rows: each status; columns: each RAG and none. */
    private static Map<ActionStatus, Map<String, Long>> counts(List<ActionLine> actions) {
        Map<ActionStatus, Map<String, Long>> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus s : ActionStatus.values()) {
            Map<String, Long> row = new java.util.LinkedHashMap<>();
            for (Rag r : Rag.values()) {
                row.put(r.name(), actions.stream().filter(a -> a.status() == s && a.rag() == r).count());
            }
            row.put("NONE", actions.stream().filter(a -> a.status() == s && a.rag() == null).count());
            row.put("TOTAL", actions.stream().filter(a -> a.status() == s).count());
            counts.put(s, row);
        }
        return counts;
    }

    /** An overdue progress update, with the EDI team's chase task when there is one. */
    record Overdue(TaskView update, TaskView chase) {
    }

    /** A recently approved progress update and its action's title. */
    record Approved(ProgressUpdate update, String actionTitle) {
    }

    /** A task or an action falling due soon. */
    record DueSoon(LocalDate due, TaskView task, ActionLine action) {
    }
}
