package org.parity.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.parity.common.apidocs.ApiTags;
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
@Tag(name = ApiTags.PLANS)
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

    @Operation(summary = "An organisation's action plans", description = "Each with the number of its actions.")
    @ApiResponse(responseCode = "200", description = "The plans")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @GetMapping("/api/organisations/{org}/plans")
    List<PlanJson> plans(@Parameter(description = "Organisation code", example = "kmpt") @PathVariable String org) {
        return queries.plansOf(caller.get(), org).stream().map(PlanJson::of).toList();
    }

    @Operation(
            summary = "One plan with its themes and their actions",
            description = "An action the document lists under several themes is listed under each; the second and"
                    + " later listings are marked duplicateListing.")
    @ApiResponse(responseCode = "200", description = "The plan")
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(responseCode = "404", description = "No such plan, or not one the caller may read")
    @GetMapping("/api/plans/{id}")
    PlanDetailJson plan(@Parameter(description = "The plan's id", example = "1") @PathVariable Long id) {
        return PlanDetailJson.of(queries.plan(caller.get(), id));
    }

    @Operation(
            summary = "Find actions",
            description = "The actions the caller may read, of one organisation or all of theirs; with q, only those"
                    + " whose title, rationale or success measures hold the words; with unit, only those aimed at"
                    + " the unit of that code (care group, division, directorate or site).")
    @ApiResponse(responseCode = "200", description = "The actions found")
    @ApiResponse(responseCode = "400", description = "None of the organisations searched has a unit of that code")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @GetMapping("/api/actions")
    List<ActionSummary> actions(
            @Parameter(description = "Organisation code", example = "kmpt") @RequestParam(required = false) String org,
            @Parameter(description = "Words to look for", example = "mentoring") @RequestParam(required = false)
                    String q,
            @Parameter(description = "A unit's code", example = "william-harvey") @RequestParam(required = false)
                    String unit) {
        return search.search(caller.get(), org, q, unit);
    }

    @Operation(
            summary = "One action",
            description = "Its plan and theme, lead and sponsor, status and RAG, dates, success measures, linked"
                    + " indicators, milestones (baseline, target, status) and approved progress updates.")
    @ApiResponse(responseCode = "200", description = "The action")
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(responseCode = "404", description = "No such action, or not one the caller may read")
    @GetMapping("/api/actions/{id}")
    ActionJson action(@Parameter(description = "The action's id", example = "42") @PathVariable Long id) {
        var detail = queries.action(caller.get(), id);
        return ActionJson.of(
                detail, progress.approvedFor(id).stream().map(UpdateJson::of).toList());
    }

    record PlanJson(
            Long id,
            @Schema(example = "kmpt-race-2025-27") String key,
            String title,
            @Schema(example = "WRES") String standard,
            @Schema(example = "2025–27") String period,
            @Schema(description = "How many actions it has") long actions) {
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
