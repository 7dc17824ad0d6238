package org.parity.plan.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.parity.indicator.HighImpactActions;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.EditorChoices;
import org.parity.plan.PlanAndThemeEditor;
import org.parity.plan.PlanQueries;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.plan.web.EditorForms.ActionForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the action and milestone forms show besides the form: 403/404 unless the caller edits the plan. */
@Component
class EditorPages {

    static final String ACTION_FORM = "editor/action";
    static final String MILESTONE_FORM = "editor/milestone";

    private final PlanAndThemeEditor plans;
    private final PlanQueries queries;
    private final EditorChoices choices;
    private final IndicatorCatalogue catalogue;
    private final HighImpactActions highImpactActions;

    EditorPages(
            PlanAndThemeEditor plans,
            PlanQueries queries,
            EditorChoices choices,
            IndicatorCatalogue catalogue,
            HighImpactActions highImpactActions) {
        this.plans = plans;
        this.queries = queries;
        this.choices = choices;
        this.catalogue = catalogue;
        this.highImpactActions = highImpactActions;
    }

    /**
     * The action form: its plan, the plan's themes, the people and the indicators to choose from: the
     * plan's standard first, the rest of the catalogue visible to the organisation folded away.
     */
    String actionForm(Caller who, ActionDetail action, ActionForm form, Model model) {
        var plan = plans.planToEdit(who, form.getPlanId());
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("themes", queries.plan(who, plan.id()).themes());
        model.addAttribute("leads", choices.people(plan.organisation(), Role.LEAD));
        model.addAttribute("sponsors", choices.people(plan.organisation(), Role.SPONSOR));
        var split = catalogue.visible(null, Set.of(plan.organisation())).stream()
                .collect(Collectors.partitioningBy(i -> plan.standard().equals(i.standardCode())));
        model.addAttribute("indicators", split.get(true));
        model.addAttribute("otherIndicators", split.get(false));
        model.addAttribute(
                "otherChosen",
                split.get(false).stream().anyMatch(i -> form.getIndicators().contains(i.code())));
        model.addAttribute("highImpactActions", highImpactActions.all());
        model.addAttribute(
                "inferredHias",
                action == null
                        ? java.util.Map.of()
                        : action.highImpactActions().stream()
                                .filter(h -> h.inferred())
                                .collect(Collectors.toMap(h -> h.code(), h -> h.reason() == null ? "" : h.reason())));
        return ACTION_FORM;
    }

    /** The milestone form: its action and the indicators the action's organisation sees. */
    String milestoneForm(Caller who, Long actionId, Model model) {
        ActionDetail action = queries.action(who, actionId);
        plans.checkEditor(who, action.organisation());
        model.addAttribute("action", action);
        model.addAttribute("indicators", catalogue.visible(null, Set.of(action.organisation())));
        return MILESTONE_FORM;
    }
}
