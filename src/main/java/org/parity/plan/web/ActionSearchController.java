package org.parity.plan.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parity.common.Paged;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionFilter;
import org.parity.plan.ActionSearch;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanViews.ActionSummary;
import org.parity.plan.PlanViews.PlanSummary;
import org.parity.progress.Rag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Everyone: find actions by text and filter them by plan, standard, status, RAG, lead and unit, 25 a page;
 * the database filters, counts and pages (two statements whatever the number of actions).
 */
@Controller
class ActionSearchController {

    static final String VIEW = "actions";
    static final int PAGE_SIZE = 25;

    private final ActionSearch queries;
    private final CurrentCaller caller;

    ActionSearchController(ActionSearch queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    /** The search form as typed; every field optional. */
    record Filters(
            String q,
            Long plan,
            String standard,
            ActionStatus status,
            Rag rag,
            String lead,
            String unit,
            Integer page) {

        ActionFilter filter() {
            return new ActionFilter(q, plan, standard, status, rag, lead, unit);
        }
    }

    @GetMapping("/actions")
    String search(@ModelAttribute("filters") Filters filters, Model model) {
        Caller who = caller.get();
        Paged<ActionSummary> found = queries.find(who, filters.filter(), filters.page(), PAGE_SIZE);
        model.addAttribute("results", found.rows());
        model.addAttribute("total", Math.toIntExact(found.pager().total()));
        model.addAttribute("page", found.pager().page());
        model.addAttribute("pages", found.pager().pages());
        model.addAttribute("pager", found.pager());
        List<PlanSummary> plans = queries.plansVisibleTo(who);
        model.addAttribute(
                "plans",
                plans.stream()
                        .map(p -> new PlanChoice(p.id(), p.title(), p.organisation()))
                        .sorted(Comparator.comparing(PlanChoice::title))
                        .toList());
        model.addAttribute(
                "standards",
                plans.stream()
                        .map(PlanSummary::standard)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("units", queries.unitsVisibleTo(who));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("rags", Rag.values());
        return VIEW;
    }

    record PlanChoice(Long id, String title, String organisation) {}
}
