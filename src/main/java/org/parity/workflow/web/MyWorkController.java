package org.parity.workflow.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanQueries;
import org.parity.plan.PlanViews.ActionLine;
import org.parity.progress.Rag;
import org.parity.workflow.TaskKind;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a lead and a sponsor land: "My actions" (with my open tasks) and "Waiting for my decision". */
@Controller
class MyWorkController {

    static final String MY_ACTIONS = "my/actions";
    static final String MY_DECISIONS = "my/decisions";

    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final CurrentCaller caller;
    private final Clock clock;

    MyWorkController(PlanQueries plans, TaskQueries tasks, CurrentCaller caller, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping("/my/actions")
    String myActions(Model model) {
        Caller who = caller.get();
        Instant now = clock.instant();
        List<TaskView> open = tasks.openFor(who);
        Map<Long, TaskView> updateDue = open.stream()
                .filter(t -> t.kind() == TaskKind.PROGRESS_UPDATE && t.actionId() != null)
                .collect(Collectors.toMap(TaskView::actionId, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        List<MyAction> actions = plans.ledBy(who).stream()
                .map(a -> MyAction.of(a, updateDue.get(a.id()), now, today))
                .sorted(MyAction.URGENCY).toList();
        model.addAttribute("actions", actions);
        model.addAttribute("tasks", open.stream().filter(t -> !t.kind().isDecision())
                .map(t -> new TaskRow(t, isOverdue(t, now))).toList());
        return MY_ACTIONS;
    }

    @GetMapping("/my/decisions")
    String myDecisions(Model model) {
        Instant now = clock.instant();
        model.addAttribute("decisions", tasks.openFor(caller.get()).stream().filter(t -> t.kind().isDecision())
                .sorted(Comparator.comparing(TaskView::created, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> new TaskRow(t, isOverdue(t, now))).toList());
        return MY_DECISIONS;
    }

    static boolean isOverdue(TaskView task, Instant now) {
        return task.due() != null && task.due().isBefore(now);
    }

    /** A task in a worklist, marked when past its due date. */
    record TaskRow(TaskView task, boolean overdue) {
    }

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
