package org.parity.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.people.Role;
import org.parity.plan.PlanEditor;
import org.parity.plan.PlanQueries;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.plan.web.EditorForms.ActionForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The EDI team (and admins) add an action under a theme and edit an action, its lead and sponsor.
 * A new action starts DRAFT with the lead's SCOPE task (the editor publishes ActionCreated, the
 * workflow module starts the process); after saving, the action page shows how the timescale was read.
 */
@Controller
class ActionEditorController {

    static final String ACTION_FORM = "editor/action";
    static final String FORM = "form";

    private final PlanEditor editor;
    private final PlanQueries queries;
    private final IndicatorCatalogue catalogue;
    private final CurrentCaller caller;

    ActionEditorController(PlanEditor editor, PlanQueries queries, IndicatorCatalogue catalogue, CurrentCaller caller) {
        this.editor = editor;
        this.queries = queries;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/plans/{id}/actions/new")
    String initCreationForm(@PathVariable Long id, @RequestParam(required = false) Long theme, Model model) {
        ActionForm form = new ActionForm();
        form.setThemeId(theme);
        model.addAttribute(FORM, form);
        return choices(caller.get(), id, null, form, model);
    }

    @PostMapping("/plans/{id}/actions/new")
    String processCreationForm(
            @PathVariable Long id,
            @ModelAttribute(FORM) ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        Caller who = caller.get();
        try {
            Long actionId = editor.createAction(who, id, form.fields());
            flash.addFlashAttribute("message", "editor.action.created");
            return "redirect:/actions/" + actionId;
        } catch (BadInputException e) {
            EditorForms.reject(result, e);
            return choices(who, id, null, form, model);
        }
    }

    @GetMapping("/actions/{id}/edit")
    String initUpdateForm(@PathVariable Long id, Model model) {
        Caller who = caller.get();
        ActionDetail action = queries.action(who, id);
        ActionForm form = new ActionForm();
        form.setThemeId(action.themeId());
        form.setTitle(action.title());
        form.setRationale(action.rationale());
        form.setLead(action.lead());
        form.setSponsor(action.sponsor());
        form.setTimescale(action.timescale());
        form.setSuccessMeasures(String.join("\n", action.successMeasures()));
        form.setStakeholders(String.join("\n", action.stakeholders()));
        form.setIndicators(new LinkedHashSet<>(action.indicators()));
        form.setVersion(action.version());
        model.addAttribute(FORM, form);
        return choices(who, action.planId(), action, form, model);
    }

    @PostMapping("/actions/{id}/edit")
    String processUpdateForm(
            @PathVariable Long id,
            @ModelAttribute(FORM) ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        Caller who = caller.get();
        ActionDetail action = queries.action(who, id);
        try {
            editor.reviseAction(who, id, form.getVersion(), form.fields());
        } catch (BadInputException e) {
            EditorForms.reject(result, e);
            return choices(who, action.planId(), action, form, model);
        } catch (ConflictException e) {
            EditorForms.rejectStale(result);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return choices(who, action.planId(), action, form, model);
        }
        flash.addFlashAttribute("message", "editor.action.saved");
        return "redirect:/actions/" + id;
    }

    /**
     * The plan (403/404 unless the caller edits it), its themes, the people and the indicators to choose from:
     * the plan's standard first, the rest of the catalogue visible to the organisation folded away.
     */
    private String choices(Caller who, Long planId, ActionDetail action, ActionForm form, Model model) {
        var plan = editor.planToEdit(who, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("themes", queries.plan(who, planId).themes());
        model.addAttribute("leads", editor.people(plan.organisation(), Role.LEAD));
        model.addAttribute("sponsors", editor.people(plan.organisation(), Role.SPONSOR));
        var indicators = catalogue.visible(null, Set.of(plan.organisation()));
        model.addAttribute(
                "indicators",
                indicators.stream()
                        .filter(i -> plan.standard().equals(i.standardCode()))
                        .toList());
        model.addAttribute(
                "otherIndicators",
                indicators.stream()
                        .filter(i -> !plan.standard().equals(i.standardCode()))
                        .toList());
        model.addAttribute(
                "otherChosen",
                indicators.stream()
                        .anyMatch(i -> !plan.standard().equals(i.standardCode())
                                && form.getIndicators().contains(i.code())));
        return ACTION_FORM;
    }
}
