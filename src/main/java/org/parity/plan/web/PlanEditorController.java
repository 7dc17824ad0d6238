package org.parity.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.PlanEditor;
import org.parity.plan.PlanEditor.PlanToEdit;
import org.parity.plan.web.EditorForms.PlanForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The EDI team of the plan's organisation (and admins) create plans and edit their title, period and description. */
@Controller
class PlanEditorController {

    static final String PLAN_FORM = "editor/plan";
    static final String FORM = "form";
    static final String[] STANDARDS = {"WRES", "WDES", "GPG", "EDI"};

    private final PlanEditor editor;
    private final OrganisationAccess access;
    private final CurrentCaller caller;

    PlanEditorController(PlanEditor editor, OrganisationAccess access, CurrentCaller caller) {
        this.editor = editor;
        this.access = access;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/organisations/{org}/plans/new")
    String initCreationForm(@PathVariable String org, Model model) {
        editor.checkEditor(caller.get(), org);
        model.addAttribute(FORM, new PlanForm());
        return creationForm(org, model);
    }

    @PostMapping("/organisations/{org}/plans/new")
    String processCreationForm(
            @PathVariable String org,
            @ModelAttribute(FORM) PlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        try {
            Long id = editor.createPlan(caller.get(), org, form.fields());
            flash.addFlashAttribute("message", "editor.plan.created");
            return "redirect:/plans/" + id;
        } catch (BadInputException e) {
            EditorForms.reject(result, e);
            return creationForm(org, model);
        }
    }

    @GetMapping("/plans/{id}/edit")
    String initUpdateForm(@PathVariable Long id, Model model) {
        PlanToEdit plan = editor.planToEdit(caller.get(), id);
        PlanForm form = new PlanForm();
        form.setTitle(plan.title());
        form.setStandard(plan.standard());
        form.setPeriod(plan.period());
        form.setDescription(plan.description());
        form.setVersion(plan.version());
        model.addAttribute(FORM, form);
        model.addAttribute("plan", plan);
        return PLAN_FORM;
    }

    @PostMapping("/plans/{id}/edit")
    String processUpdateForm(
            @PathVariable Long id,
            @ModelAttribute(FORM) PlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        Caller who = caller.get();
        PlanToEdit plan = editor.planToEdit(who, id);
        try {
            editor.revisePlan(who, id, form.getVersion(), form.fields());
        } catch (BadInputException e) {
            EditorForms.reject(result, e);
            return againWith(plan, form, model);
        } catch (ConflictException e) {
            EditorForms.rejectStale(result);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return againWith(plan, form, model);
        }
        flash.addFlashAttribute("message", "editor.plan.saved");
        return "redirect:/plans/" + id;
    }

    private String creationForm(String org, Model model) {
        model.addAttribute("organisation", access.readable(caller.get(), org));
        model.addAttribute("standards", STANDARDS);
        return PLAN_FORM;
    }

    private String againWith(PlanToEdit plan, PlanForm form, Model model) {
        form.setStandard(plan.standard());
        model.addAttribute("plan", plan);
        return PLAN_FORM;
    }
}
