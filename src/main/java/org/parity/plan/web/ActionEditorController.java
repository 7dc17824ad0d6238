package org.parity.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.parity.common.ConflictException;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionEditor;
import org.parity.plan.ActionFields;
import org.parity.plan.EditorChoices;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The EDI team (and admins) edit an action, its lead and sponsor. The form is checked against the
 * action's plan ({@link ActionFields}); errors come back next to the fields, an edit against an old
 * version is refused (409). Adding an action is {@link NewActionController}'s.
 */
@Controller
class ActionEditorController {

    static final String ACTION_FORM = EditorPages.ACTION_FORM;
    static final String FORM = "form";

    private final ActionEditor editor;
    private final PlanQueries queries;
    private final EditorChoices choices;
    private final EditorPages pages;
    private final CurrentCaller caller;

    ActionEditorController(
            ActionEditor editor, PlanQueries queries, EditorChoices choices, EditorPages pages, CurrentCaller caller) {
        this.editor = editor;
        this.queries = queries;
        this.choices = choices;
        this.pages = pages;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields(EditorForms.NOT_TYPED);
    }

    /** The form of the action in the path, checked against its plan. */
    @ModelAttribute(FORM)
    ActionForm form(@PathVariable Long id) {
        return new ActionForm(choices.planOfAction(id));
    }

    @GetMapping("/actions/{id}/edit")
    String initUpdateForm(@PathVariable Long id, @ModelAttribute(FORM) ActionForm form, Model model) {
        Caller who = caller.get();
        ActionDetail action = queries.action(who, id);
        form.show(action);
        return pages.actionForm(who, action, form, model);
    }

    @PostMapping("/actions/{id}/edit")
    String processUpdateForm(
            @PathVariable Long id,
            @Valid @ModelAttribute(FORM) ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        Caller who = caller.get();
        ActionDetail action = queries.action(who, id);
        if (!result.hasErrors()) {
            try {
                editor.reviseAction(who, id, form.getVersion(), form);
                flash.addFlashAttribute("message", "editor.action.saved");
                return "redirect:/actions/" + id;
            } catch (ConflictException e) {
                EditorForms.rejectStale(result);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return pages.actionForm(who, action, form, model);
    }
}
