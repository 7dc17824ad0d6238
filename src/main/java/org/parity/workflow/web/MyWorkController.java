package org.parity.workflow.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import org.parity.common.Paged;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanViews.ActionLine;
import org.parity.progress.Rag;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskQueries.LedAction;
import org.parity.workflow.TaskView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a lead and a sponsor land: "My actions" (with my open tasks) and "Waiting for my decision".
 * Every list is ordered and paged by the database, 25 rows a page: a lead of 2,000 actions costs the same
 * few statements as a lead of three.
 */
@Controller
class MyWorkController {

    static final String MY_ACTIONS = "my/actions";
    static final String MY_DECISIONS = "my/decisions";
    static final int PAGE_SIZE = 25;

    private final TaskQueries tasks;
    private final CurrentCaller caller;
    private final Clock clock;

    MyWorkController(TaskQueries tasks, CurrentCaller caller, Clock clock) {
        this.tasks = tasks;
        this.caller = caller;
        this.clock = clock;
    }

    /** The actions the caller leads, most urgent first, and their open tasks: each list paged in the database. */
    @GetMapping("/my/actions")
    String myActions(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer tasksPage,
            Model model) {
        Caller who = caller.get();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Paged<LedAction> led = tasks.ledBy(who, now, today, page, PAGE_SIZE);
        model.addAttribute(
                "actions",
                led.rows().stream()
                        .map(a -> MyAction.of(a.action(), a.update(), now, today))
                        .toList());
        model.addAttribute("actionsPager", led.pager());
        Paged<TaskView> work = tasks.workOf(who, tasksPage, PAGE_SIZE);
        model.addAttribute(
                "tasks",
                work.rows().stream().map(t -> new TaskRow(t, isOverdue(t, now))).toList());
        model.addAttribute("tasksPager", work.pager());
        return MY_ACTIONS;
    }

    /** The sponsor's decisions, oldest first, paged in the database. */
    @GetMapping("/my/decisions")
    String myDecisions(@RequestParam(required = false) Integer page, Model model) {
        Instant now = clock.instant();
        Paged<TaskView> decisions = tasks.decisionsOf(caller.get(), page, PAGE_SIZE);
        model.addAttribute(
                "decisions",
                decisions.rows().stream()
                        .map(t -> new TaskRow(t, isOverdue(t, now)))
                        .toList());
        model.addAttribute("decisionsPager", decisions.pager());
        return MY_DECISIONS;
    }

    static boolean isOverdue(TaskView task, Instant now) {
        return task.due() != null && task.due().isBefore(now);
    }

    /** A task in a worklist, marked when past its due date. */
    record TaskRow(TaskView task, boolean overdue) {}

    /** One action a lead leads: the next update due, overdue (update or action late) and off track (red or a milestone off track). */
    record MyAction(ActionLine action, TaskView update, Instant nextUpdateDue, boolean overdue, boolean offTrack) {

        static final Comparator<MyAction> URGENCY = Comparator.comparing((MyAction a) -> !a.overdue())
                .thenComparing(a -> !a.offTrack())
                .thenComparing(MyAction::nextUpdateDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.action().id());

        static MyAction of(ActionLine a, TaskView update, Instant now, LocalDate today) {
            Instant next = update == null ? null : update.due();
            boolean underWay = a.status() != ActionStatus.COMPLETE && a.status() != ActionStatus.WITHDRAWN;
            boolean overdue = (next != null && next.isBefore(now))
                    || (underWay && a.due() != null && a.due().isBefore(today));
            boolean offTrack = underWay && (a.milestoneOffTrack() || a.rag() == Rag.RED);
            return new MyAction(a, update, next, overdue, offTrack);
        }
    }
}
