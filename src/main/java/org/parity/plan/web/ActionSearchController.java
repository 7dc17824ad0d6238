package org.parity.plan.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanQueries;
import org.parity.plan.PlanViews.ActionSummary;
import org.parity.progress.Rag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Everyone: find actions by text and filter them by plan, standard, status, RAG and lead, a page at a time. */
@Controller
class ActionSearchController {

    static final String VIEW = "actions";
    static final int PAGE_SIZE = 25;

    private final PlanQueries queries;
    private final CurrentCaller caller;

    ActionSearchController(PlanQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    /** The search form as typed; every field optional. */
    record Filters(String q, Long plan, String standard, ActionStatus status, Rag rag, String lead, Integer page) {

        boolean matches(ActionSummary a) {
            return (plan == null || plan.equals(a.planId()))
                    && (standard == null || standard.isBlank() || standard.equals(a.standard()))
                    && (status == null || status == a.status())
                    && (rag == null || rag == a.rag())
                    && (lead == null || lead.isBlank() || (a.lead() != null && a.lead().contains(lead.strip())));
        }

        int pageNumber() {
            return page == null || page < 1 ? 1 : page;
        }
    }

    @GetMapping("/actions")
    String search(@ModelAttribute("filters") Filters filters, Model model) {
        Caller who = caller.get();
        List<ActionSummary> all = queries.search(who, null, filters.q());
        List<ActionSummary> found = all.stream().filter(filters::matches).toList();
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filters.pageNumber(), pages);
        model.addAttribute("results", found.subList((page - 1) * PAGE_SIZE, Math.min(found.size(), page * PAGE_SIZE)));
        model.addAttribute("total", found.size());
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("plans", all.stream().map(a -> new PlanChoice(a.planId(), a.plan(), a.organisation()))
                .distinct().sorted(Comparator.comparing(PlanChoice::title)).toList());
        model.addAttribute("standards", all.stream().map(ActionSummary::standard).filter(Objects::nonNull)
                .distinct().sorted().toList());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("rags", Rag.values());
        return VIEW;
    }

    record PlanChoice(Long id, String title, String organisation) {
    }
}
