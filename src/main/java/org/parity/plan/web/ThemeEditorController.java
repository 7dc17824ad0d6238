package org.parity.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.parity.common.ConflictException;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.PlanAndThemeEditor;
import org.parity.plan.PlanAndThemeEditor.PlanToEdit;
import org.parity.plan.PlanAndThemeEditor.ThemeToEdit;
import org.parity.plan.web.EditorForms.ThemeForm;
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

/** The EDI team of the plan's organisation (and admins) add themes to a plan and rename them. */
@Controller
class ThemeEditorController {

    static final String THEME_FORM = "editor/theme";
    static final String FORM = "form";

    private final PlanAndThemeEditor editor;
    private final CurrentCaller caller;

    ThemeEditorController(PlanAndThemeEditor editor, CurrentCaller caller) {
        this.editor = editor;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields(EditorForms.NOT_TYPED);
    }

    @GetMapping("/plans/{id}/themes/new")
    String initThemeForm(@PathVariable Long id, Model model) {
        model.addAttribute("plan", editor.planToEdit(caller.get(), id));
        model.addAttribute(FORM, new ThemeForm());
        return THEME_FORM;
    }

    @PostMapping("/plans/{id}/themes/new")
    String processThemeForm(
            @PathVariable Long id,
            @Valid @ModelAttribute(FORM) ThemeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        Caller who = caller.get();
        PlanToEdit plan = editor.planToEdit(who, id);
        if (result.hasErrors()) {
            model.addAttribute("plan", plan);
            return THEME_FORM;
        }
        editor.addTheme(who, id, form);
        flash.addFlashAttribute("message", "editor.theme.added");
        return "redirect:/plans/" + id;
    }

    @GetMapping("/themes/{id}/edit")
    String initRenameForm(@PathVariable Long id, Model model) {
        ThemeToEdit theme = editor.themeToEdit(caller.get(), id);
        ThemeForm form = new ThemeForm();
        form.setTitle(theme.title());
        form.setVersion(theme.version());
        model.addAttribute("theme", theme);
        model.addAttribute(FORM, form);
        return THEME_FORM;
    }

    @PostMapping("/themes/{id}/edit")
    String processRenameForm(
            @PathVariable Long id,
            @Valid @ModelAttribute(FORM) ThemeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        Caller who = caller.get();
        ThemeToEdit theme = editor.themeToEdit(who, id);
        if (!result.hasErrors()) {
            try {
                editor.renameTheme(who, id, form.getVersion(), form);
                flash.addFlashAttribute("message", "editor.theme.renamed");
                return "redirect:/plans/" + theme.planId();
            } catch (ConflictException e) {
                EditorForms.rejectStale(result);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        model.addAttribute("theme", theme);
        return THEME_FORM;
    }
}
