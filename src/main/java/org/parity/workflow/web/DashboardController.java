package org.parity.workflow.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parity.common.Paged;
import org.parity.organisation.OrgUnit;
import org.parity.organisation.OrgUnits;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionOverview;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanViews.ActionLine;
import org.parity.plan.PlanViews.MilestoneOfAction;
import org.parity.progress.ProgressService;
import org.parity.progress.ProgressUpdate;
import org.parity.progress.Rag;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The EDI team's view of one organisation: actions by status and RAG, overdue updates (with the chase
 * task when the process has opened one), off-track milestones, decisions waiting on sponsors, and
 * what falls due in the next 30 days; all of it for the whole organisation or, with {@code unit=<code>}, for
 * the actions aimed at one of its units. The organisation's EDI team (and platform admins) only. Every list
 * is counted and paged by the database (25 rows), so the page costs the same at 50 actions or 5,000.
 */
@Controller
class DashboardController {

    static final String DASHBOARD = "dashboard";
    static final int DUE_SOON_DAYS = 30;
    static final int PAGE_SIZE = 25;

    private final ActionOverview plans;
    private final TaskQueries tasks;
    private final OrganisationAccess access;
    private final ProgressService progress;
    private final CurrentCaller caller;
    private final Clock clock;
    private final OrgUnits units;

    DashboardController(
            ActionOverview plans,
            TaskQueries tasks,
            OrganisationAccess access,
            ProgressService progress,
            CurrentCaller caller,
            Clock clock,
            OrgUnits units) {
        this.units = units;
        this.plans = plans;
        this.tasks = tasks;
        this.access = access;
        this.progress = progress;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping("/organisations/{org}/dashboard")
    String dashboard(
            @PathVariable String org,
            @RequestParam(required = false) Integer overduePage,
            @RequestParam(required = false) Integer offTrackPage,
            @RequestParam(required = false) Integer waitingPage,
            @RequestParam(required = false) String unit,
            Model model) {
        Caller who = caller.get();
        model.addAttribute("organisation", access.ediWork(who, org, "sees its dashboard"));
        List<OrgUnit> choices = units.of(org);
        OrgUnit chosen = OrgUnits.pick(choices, org, unit).orElse(null);
        model.addAttribute("units", choices);
        model.addAttribute("unit", chosen);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        Map<ActionStatus, Map<String, Long>> counts = plans.statusCounts(who, org, chosen);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "total",
                Math.toIntExact(
                        counts.values().stream().mapToLong(r -> r.get("TOTAL")).sum()));

        Paged<TaskView> overdue = tasks.overdueUpdates(who, org, chosen, now, overduePage, PAGE_SIZE);
        Map<Long, TaskView> chases = tasks.chasesOf(overdue.rows().stream()
                .map(TaskView::actionId)
                .filter(Objects::nonNull)
                .toList());
        model.addAttribute(
                "overdue",
                overdue.rows().stream()
                        .map(t -> new Overdue(t, chases.get(t.actionId())))
                        .toList());
        model.addAttribute("overduePager", overdue.pager());

        Paged<MilestoneOfAction> offTrack = plans.offTrackMilestones(who, org, chosen, offTrackPage, PAGE_SIZE);
        model.addAttribute("offTrack", offTrack.rows());
        model.addAttribute("offTrackPager", offTrack.pager());

        Paged<TaskView> waiting = tasks.decisionsWaiting(who, org, chosen, waitingPage, PAGE_SIZE);
        model.addAttribute(
                "waiting",
                waiting.rows().stream()
                        .map(t -> new MyWorkController.TaskRow(t, MyWorkController.isOverdue(t, now)))
                        .toList());
        model.addAttribute("waitingPager", waiting.pager());

        // the soonest of what falls due: open tasks and actions not yet done, PAGE_SIZE of each at most
        Paged<TaskView> tasksDue =
                tasks.dueBetween(who, org, chosen, now, now.plus(Duration.ofDays(DUE_SOON_DAYS)), PAGE_SIZE);
        Paged<ActionLine> actionsDue =
                plans.dueBetween(who, org, chosen, today, today.plusDays(DUE_SOON_DAYS), PAGE_SIZE);
        List<DueSoon> dueSoon = new ArrayList<>();
        tasksDue.rows()
                .forEach(t -> dueSoon.add(new DueSoon(LocalDate.ofInstant(t.due(), ZoneId.systemDefault()), t, null)));
        actionsDue.rows().forEach(a -> dueSoon.add(new DueSoon(a.due(), null, a)));
        dueSoon.sort(Comparator.comparing(DueSoon::due));
        model.addAttribute("dueSoon", dueSoon.subList(0, Math.min(PAGE_SIZE, dueSoon.size())));
        model.addAttribute(
                "dueSoonTotal", tasksDue.pager().total() + actionsDue.pager().total());
        model.addAttribute("rags", Rag.values());
        model.addAttribute("highImpact", plans.highImpactCounts(who, org, chosen));

        List<ProgressUpdate> approved = progress.recentlyApprovedIn(org, chosen == null ? null : chosen.id());
        Map<Long, String> titles =
                plans.titles(approved.stream().map(ProgressUpdate::actionId).toList());
        model.addAttribute(
                "approved",
                approved.stream()
                        .map(u -> new Approved(u, titles.get(u.actionId())))
                        .toList());
        return DASHBOARD;
    }

    /** An overdue progress update, with the EDI team's chase task when there is one. */
    record Overdue(TaskView update, TaskView chase) {}

    /** A recently approved progress update and its action's title. */
    record Approved(ProgressUpdate update, String actionTitle) {}

    /** A task or an action falling due soon. */
    record DueSoon(LocalDate due, TaskView task, ActionLine action) {}
}
