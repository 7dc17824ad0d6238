package org.parity.plan.web;

import java.util.List;
import java.util.Map;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.organisation.Organisation;
import org.parity.organisation.OrganisationAccess;
import org.parity.organisation.Organisations;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanQueries;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.plan.PlanViews.PlanSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The home page (the caller's organisations and their plans), a plan, and an action. */
@Controller
class PlanPagesController {

    static final String HOME = "home";
    static final String PLAN = "plan";
    static final String ACTION = "action";

    private final PlanQueries queries;
    private final OrganisationAccess access;
    private final IndicatorCatalogue catalogue;
    private final ActionTimeline timeline;
    private final CurrentCaller caller;
    private final org.parity.indicator.MeasurementQueries figures;
    private final Organisations systems;

    private final org.parity.indicator.HighImpactActions highImpactActions;

    PlanPagesController(
            PlanQueries queries,
            OrganisationAccess access,
            IndicatorCatalogue catalogue,
            ActionTimeline timeline,
            CurrentCaller caller,
            org.parity.indicator.MeasurementQueries figures,
            org.parity.indicator.HighImpactActions highImpactActions,
            Organisations systems) {
        this.figures = figures;
        this.highImpactActions = highImpactActions;
        this.systems = systems;
        this.queries = queries;
        this.access = access;
        this.catalogue = catalogue;
        this.timeline = timeline;
        this.caller = caller;
    }

    @GetMapping("/")
    String home(Model model) {
        Caller who = caller.get();
        if (who.roles().equals(java.util.EnumSet.of(org.parity.people.Role.BOARD)) && who.organisationCode() != null) {
            return "redirect:/organisations/" + who.organisationCode() + "/report"; // board readers: issued reports
        }
        List<Organisation> visible = access.visibleTo(who);
        Map<String, List<PlanSummary>> plans =
                queries.plansOf(who, visible.stream().map(Organisation::code).toList());
        List<OrganisationPlans> organisations = visible.stream()
                .map(o -> new OrganisationPlans(
                        o.code(), o.name(), plans.getOrDefault(o.code(), List.of()), access.runsEdiWork(who, o.code())))
                .toList();
        model.addAttribute("organisations", organisations);
        model.addAttribute(
                "systems",
                systems.systems().stream()
                        .filter(s -> access.readsSystem(who, s.code()))
                        .toList());
        return HOME;
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable Long id, Model model) {
        Caller who = caller.get();
        var plan = queries.plan(who, id);
        model.addAttribute("plan", plan);
        model.addAttribute("canEdit", access.runsEdiWork(who, plan.organisation()));
        return PLAN;
    }

    @GetMapping("/actions/{id}")
    String action(@PathVariable Long id, Model model) {
        Caller who = caller.get();
        ActionDetail action = queries.action(who, id);
        var visible = access.visibleCodes(who);
        model.addAttribute("action", action);
        model.addAttribute(
                "indicators",
                action.indicators().stream()
                        .map(code -> catalogue.get(code, visible))
                        .toList());
        model.addAttribute(
                "charted",
                action.indicators().stream()
                        .filter(code ->
                                !figures.of(action.organisation(), code, null).isEmpty())
                        .toList());
        model.addAttribute(
                "hias",
                action.highImpactActions().stream()
                        .map(link -> new HiaShown(
                                link, highImpactActions.find(link.code()).orElseThrow()))
                        .toList());
        model.addAttribute("timeline", timeline.of(action, who));
        model.addAttribute("insider", ActionTimeline.isInsider(who, action));
        model.addAttribute("canEdit", access.runsEdiWork(who, action.organisation()));
        model.addAttribute(
                "canWithdraw",
                access.runsEdiWork(who, action.organisation())
                        && action.status() != ActionStatus.WITHDRAWN
                        && action.status() != ActionStatus.COMPLETE);
        return ACTION;
    }

    record OrganisationPlans(String code, String name, List<PlanSummary> plans, boolean canEdit) {}

    /** An action's link to a high impact action, with the action's catalogue entry. */
    record HiaShown(org.parity.plan.ActionHia link, org.parity.indicator.HighImpactAction hia) {}
}
