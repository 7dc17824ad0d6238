package org.parity.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.PlanEditor;
import org.parity.plan.PlanQueries;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.plan.web.EditorForms.MilestoneForm;
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

/** The EDI team (and admins) add a milestone to an action, optionally measured on an indicator. */
@Controller
class MilestoneEditorController {

    static final String MILESTONE_FORM = "editor/milestone";
    static final String FORM = "form";

    private final PlanEditor editor;
    private final PlanQueries queries;
    private final IndicatorCatalogue catalogue;
    private final CurrentCaller caller;

    MilestoneEditorController(
            PlanEditor editor, PlanQueries queries, IndicatorCatalogue catalogue, CurrentCaller caller) {
        this.editor = editor;
        this.queries = queries;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/actions/{id}/milestones/new")
    String initCreationForm(@PathVariable Long id, Model model) {
        model.addAttribute(FORM, new MilestoneForm());
        return form(caller.get(), id, model);
    }

    @PostMapping("/actions/{id}/milestones/new")
    String processCreationForm(
            @PathVariable Long id,
            @ModelAttribute(FORM) MilestoneForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        Caller who = caller.get();
        try {
            editor.addMilestone(who, id, form.fields());
        } catch (BadInputException e) {
            EditorForms.reject(result, e);
            return form(who, id, model);
        }
        flash.addFlashAttribute("message", "editor.milestone.added");
        return "redirect:/actions/" + id;
    }

    @GetMapping("/milestones/{id}/edit")
    String initUpdateForm(@PathVariable Long id, Model model) {
        Caller who = caller.get();
        Long actionId = editor.actionOfMilestone(id);
        ActionDetail action = queries.action(who, actionId);
        MilestoneView m = action.milestones().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();
        model.addAttribute(FORM, MilestoneForm.of(m, editor.milestoneVersion(id)));
        model.addAttribute("milestoneId", id);
        return form(who, actionId, model);
    }

    @PostMapping("/milestones/{id}/edit")
    String processUpdateForm(
            @PathVariable Long id,
            @ModelAttribute(FORM) MilestoneForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        Caller who = caller.get();
        Long actionId = editor.actionOfMilestone(id);
        model.addAttribute("milestoneId", id);
        try {
            editor.updateMilestone(who, id, form.getVersion(), form.fields());
        } catch (BadInputException e) {
            EditorForms.reject(result, e);
            return form(who, actionId, model);
        } catch (ConflictException e) {
            EditorForms.rejectStale(result);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(who, actionId, model);
        }
        flash.addFlashAttribute("message", "editor.milestone.saved");
        return "redirect:/actions/" + actionId;
    }

    @PostMapping("/milestones/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam long version, RedirectAttributes flash) {
        Long actionId = editor.actionOfMilestone(id);
        try {
            editor.deleteMilestone(caller.get(), id, version);
        } catch (ConflictException e) {
            flash.addFlashAttribute("message", "editor.error.stale");
            return "redirect:/actions/" + actionId;
        }
        flash.addFlashAttribute("message", "editor.milestone.deleted");
        return "redirect:/actions/" + actionId;
    }

    private String form(Caller who, Long actionId, Model model) {
        ActionDetail action = queries.action(who, actionId);
        editor.checkEditor(who, action.organisation());
        model.addAttribute("action", action);
        model.addAttribute("indicators", catalogue.visible(null, Set.of(action.organisation())));
        return MILESTONE_FORM;
    }
}
