package org.parity.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.parity.common.ConflictException;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.PlanAndThemeEditor;
import org.parity.plan.PlanAndThemeEditor.PlanToEdit;
import org.parity.plan.PlanFields;
import org.parity.plan.web.EditorForms.PlanForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The EDI team of the plan's organisation (and admins) create plans and edit their title, period and
 * description. The form's rules are its constraints ({@link PlanFields}); their errors come back next to
 * the fields, with the form as typed, and nothing is stored.
 */
@Controller
class PlanEditorController {

    static final String PLAN_FORM = "editor/plan";
    static final String FORM = "form";
    static final String[] STANDARDS = {"WRES", "WDES", "GPG", "EDI"};

    private final PlanAndThemeEditor editor;
    private final OrganisationAccess access;
    private final CurrentCaller caller;

    PlanEditorController(PlanAndThemeEditor editor, OrganisationAccess access, CurrentCaller caller) {
        this.editor = editor;
        this.access = access;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields(EditorForms.NOT_TYPED);
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
            @Validated(PlanFields.New.class) @ModelAttribute(FORM) PlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        Caller who = caller.get();
        editor.checkEditor(who, org);
        if (result.hasErrors()) {
            return creationForm(org, model);
        }
        Long id = editor.createPlan(who, org, form);
        flash.addFlashAttribute("message", "editor.plan.created");
        return "redirect:/plans/" + id;
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
            @Valid @ModelAttribute(FORM) PlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        Caller who = caller.get();
        PlanToEdit plan = editor.planToEdit(who, id);
        if (!result.hasErrors()) {
            try {
                editor.revisePlan(who, id, form.getVersion(), form);
                flash.addFlashAttribute("message", "editor.plan.saved");
                return "redirect:/plans/" + id;
            } catch (ConflictException e) {
                EditorForms.rejectStale(result);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        form.setStandard(plan.standard());
        model.addAttribute("plan", plan);
        return PLAN_FORM;
    }

    private String creationForm(String org, Model model) {
        model.addAttribute("organisation", access.readable(caller.get(), org));
        model.addAttribute("standards", STANDARDS);
        return PLAN_FORM;
    }
}
