package org.parity.plan.web;

import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionEditor;
import org.parity.plan.ActionFields;
import org.parity.plan.web.EditorForms.ActionForm;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The EDI team (and admins) add an action under a theme of a plan. The form is checked against the plan
 * ({@link ActionFields}); errors come back next to the fields. A new action starts DRAFT with the lead's
 * SCOPE task (the editor publishes ActionCreated, the workflow module starts the process); after saving,
 * the action page shows how the timescale was read.
 */
@Controller
class NewActionController {

    static final String FORM = "form";

    private final ActionEditor editor;
    private final EditorPages pages;
    private final CurrentCaller caller;

    NewActionController(ActionEditor editor, EditorPages pages, CurrentCaller caller) {
        this.editor = editor;
        this.pages = pages;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields(EditorForms.NOT_TYPED);
    }

    /** The form of an action of the plan in the path. */
    @ModelAttribute(FORM)
    ActionForm form(@PathVariable Long id) {
        return new ActionForm(id);
    }

    @GetMapping("/plans/{id}/actions/new")
    String initCreationForm(
            @RequestParam(required = false) Long theme, @ModelAttribute(FORM) ActionForm form, Model model) {
        form.setThemeId(theme);
        return pages.actionForm(caller.get(), null, form, model);
    }

    @PostMapping("/plans/{id}/actions/new")
    String processCreationForm(
            @Validated(ActionFields.New.class) @ModelAttribute(FORM) ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        Caller who = caller.get();
        if (result.hasErrors()) {
            return pages.actionForm(who, null, form, model);
        }
        Long actionId = editor.createAction(who, form);
        flash.addFlashAttribute("message", "editor.action.created");
        return "redirect:/actions/" + actionId;
    }
}
