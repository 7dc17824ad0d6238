package org.parity.plan.web;

import jakarta.validation.Valid;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.MilestoneEditor;
import org.parity.plan.MilestoneFields;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The EDI team (and admins) add a milestone to an action, optionally measured on an indicator. The form
 * is checked against the action ({@link MilestoneFields}); errors come back next to the fields.
 */
@Controller
class NewMilestoneController {

    static final String FORM = "form";

    private final MilestoneEditor editor;
    private final EditorPages pages;
    private final CurrentCaller caller;

    NewMilestoneController(MilestoneEditor editor, EditorPages pages, CurrentCaller caller) {
        this.editor = editor;
        this.pages = pages;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields(EditorForms.NOT_TYPED);
    }

    /** The form of a milestone of the action in the path. */
    @ModelAttribute(FORM)
    MilestoneForm form(@PathVariable Long id) {
        return new MilestoneForm(id);
    }

    @GetMapping("/actions/{id}/milestones/new")
    String initCreationForm(@PathVariable Long id, Model model) {
        return pages.milestoneForm(caller.get(), id, model);
    }

    @PostMapping("/actions/{id}/milestones/new")
    String processCreationForm(
            @PathVariable Long id,
            @Valid @ModelAttribute(FORM) MilestoneForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        Caller who = caller.get();
        if (result.hasErrors()) {
            return pages.milestoneForm(who, id, model);
        }
        editor.addMilestone(who, form);
        flash.addFlashAttribute("message", "editor.milestone.added");
        return "redirect:/actions/" + id;
    }
}
