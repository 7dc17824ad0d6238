package org.parity.plan.web;

import java.util.List;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionSearch;
import org.parity.plan.PlanQueries;
import org.parity.plan.PlanViews.ActionSummary;
import org.parity.plan.PlanViews.PlanDetail;
import org.parity.plan.PlanViews.PlanSummary;
import org.parity.plan.PlanViews.ThemeView;
import org.parity.plan.web.ActionJson.UpdateJson;
import org.parity.progress.ProgressService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plans and actions as JSON, for integrations and scripts (API.md). */
@RestController
class PlanApi {

    private final PlanQueries queries;
    private final ActionSearch search;
    private final ProgressService progress;
    private final CurrentCaller caller;

    PlanApi(PlanQueries queries, ActionSearch search, ProgressService progress, CurrentCaller caller) {
        this.queries = queries;
        this.search = search;
        this.progress = progress;
        this.caller = caller;
    }

    @GetMapping("/api/organisations/{org}/plans")
    List<PlanJson> plans(@PathVariable String org) {
        return queries.plansOf(caller.get(), org).stream().map(PlanJson::of).toList();
    }

    @GetMapping("/api/plans/{id}")
    PlanDetailJson plan(@PathVariable Long id) {
        return PlanDetailJson.of(queries.plan(caller.get(), id));
    }

    @GetMapping("/api/actions")
    List<ActionSummary> actions(@RequestParam(required = false) String org, @RequestParam(required = false) String q) {
        return search.search(caller.get(), org, q);
    }

    @GetMapping("/api/actions/{id}")
    ActionJson action(@PathVariable Long id) {
        var detail = queries.action(caller.get(), id);
        return ActionJson.of(
                detail, progress.approvedFor(id).stream().map(UpdateJson::of).toList());
    }

    record PlanJson(Long id, String key, String title, String standard, String period, long actions) {
        static PlanJson of(PlanSummary p) {
            return new PlanJson(p.id(), p.key(), p.title(), p.standard(), p.period(), p.actions());
        }
    }

    record PlanDetailJson(
            Long id,
            String key,
            String title,
            String organisation,
            String standard,
            String period,
            List<String> sources,
            List<org.parity.common.Flag> flags,
            List<ThemeJson> themes) {
        static PlanDetailJson of(PlanDetail p) {
            return new PlanDetailJson(
                    p.id(),
                    p.key(),
                    p.title(),
                    p.organisation(),
                    p.standard(),
                    p.period(),
                    p.sources(),
                    p.flags(),
                    p.themes().stream().map(ThemeJson::of).toList());
        }
    }

    record ThemeJson(String title, List<ListedJson> actions) {
        static ThemeJson of(ThemeView t) {
            return new ThemeJson(
                    t.title(),
                    t.actions().stream()
                            .map(a -> new ListedJson(a.id(), a.title(), a.duplicate()))
                            .toList());
        }
    }

    record ListedJson(Long id, String title, boolean duplicateListing) {}
}
