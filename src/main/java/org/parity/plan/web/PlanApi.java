package org.parity.plan.web;

import java.util.List;
import org.parity.people.CurrentCaller;
import org.parity.plan.PlanQueries;
import org.parity.plan.PlanViews.ActionSummary;
import org.parity.plan.PlanViews.PlanDetail;
import org.parity.plan.PlanViews.PlanSummary;
import org.parity.plan.PlanViews.ThemeView;
import org.parity.progress.ProgressService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plans and actions as JSON, for integrations and scripts (API.md). */
@RestController
class PlanApi {

    private final PlanQueries queries;
    private final ProgressService progress;
    private final CurrentCaller caller;

    PlanApi(PlanQueries queries, ProgressService progress, CurrentCaller caller) {
        this.queries = queries;
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
        return queries.search(caller.get(), org, q);
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

    record UpdateJson(
            Long id,
            String author,
            String rag,
            Integer percentComplete,
            String narrative,
            String evidenceUrl,
            String status,
            String submittedAt,
            String decidedBy,
            String source) {
        static UpdateJson of(org.parity.progress.ProgressUpdate u) {
            return new UpdateJson(
                    u.id(),
                    u.author(),
                    u.rag() == null ? null : u.rag().name(),
                    u.percentComplete(),
                    u.narrative(),
                    u.evidenceUrl(),
                    u.status().name(),
                    u.submittedAt().toString(),
                    u.decidedBy(),
                    u.sourceDocument());
        }
    }

    record ActionJson(
            Long id,
            String title,
            String plan,
            Long planId,
            String organisation,
            String theme,
            String lead,
            String leadRole,
            String sponsor,
            String sponsorRole,
            List<String> stakeholders,
            String status,
            String rag,
            Integer percentComplete,
            String start,
            String due,
            String reviewCadence,
            String timescale,
            String rationale,
            List<String> successMeasures,
            List<String> indicators,
            List<String> listedUnder,
            Object milestones,
            List<org.parity.common.Flag> flags,
            List<UpdateJson> updates) {
        static ActionJson of(org.parity.plan.PlanViews.ActionDetail a, List<UpdateJson> updates) {
            return new ActionJson(
                    a.id(),
                    a.title(),
                    a.plan(),
                    a.planId(),
                    a.organisation(),
                    a.theme(),
                    a.lead(),
                    a.leadRole(),
                    a.sponsor(),
                    a.sponsorRole(),
                    a.stakeholders(),
                    a.status().name(),
                    a.rag() == null ? null : a.rag().name(),
                    a.percentComplete(),
                    a.start() == null ? null : a.start().toString(),
                    a.due() == null ? null : a.due().toString(),
                    a.reviewCadence() == null ? null : a.reviewCadence().name(),
                    a.timescale(),
                    a.rationale(),
                    a.successMeasures(),
                    a.indicators(),
                    a.listedUnder(),
                    a.milestones(),
                    a.flags(),
                    updates);
        }
    }
}
