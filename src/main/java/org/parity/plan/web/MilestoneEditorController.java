package org.parity.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.parity.common.ConflictException;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.MilestoneEditor;
import org.parity.plan.MilestoneFields;
import org.parity.plan.PlanQueries;
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

/**
 * The EDI team (and admins) change a milestone and delete one added by mistake. The form is checked
 * against the milestone's action ({@link MilestoneFields}); a stale form is refused (409). Adding a
 * milestone is {@link NewMilestoneController}'s.
 */
@Controller
class MilestoneEditorController {

    static final String MILESTONE_FORM = EditorPages.MILESTONE_FORM;
    static final String FORM = "form";

    private final MilestoneEditor editor;
    private final PlanQueries queries;
    private final EditorPages pages;
    private final CurrentCaller caller;

    MilestoneEditorController(MilestoneEditor editor, PlanQueries queries, EditorPages pages, CurrentCaller caller) {
        this.editor = editor;
        this.queries = queries;
        this.pages = pages;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields(EditorForms.NOT_TYPED);
    }

    /** The form of the milestone in the path, checked against its action (404 when there is no such milestone). */
    @ModelAttribute(FORM)
    MilestoneForm form(@PathVariable Long id) {
        return new MilestoneForm(editor.actionOfMilestone(id));
    }

    @GetMapping("/milestones/{id}/edit")
    String initUpdateForm(@PathVariable Long id, @ModelAttribute(FORM) MilestoneForm form, Model model) {
        Caller who = caller.get();
        MilestoneView m = queries.action(who, form.getActionId()).milestones().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();
        form.show(m, editor.milestoneVersion(id));
        model.addAttribute("milestoneId", id);
        return pages.milestoneForm(who, form.getActionId(), model);
    }

    @PostMapping("/milestones/{id}/edit")
    String processUpdateForm(
            @PathVariable Long id,
            @Valid @ModelAttribute(FORM) MilestoneForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        Caller who = caller.get();
        model.addAttribute("milestoneId", id);
        if (!result.hasErrors()) {
            try {
                editor.updateMilestone(who, id, form.getVersion(), form);
                flash.addFlashAttribute("message", "editor.milestone.saved");
                return "redirect:/actions/" + form.getActionId();
            } catch (ConflictException e) {
                EditorForms.rejectStale(result);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return pages.milestoneForm(who, form.getActionId(), model);
    }

    @PostMapping("/milestones/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam long version, RedirectAttributes flash) {
        Long actionId = editor.actionOfMilestone(id);
        try {
            editor.deleteMilestone(caller.get(), id, version);
            flash.addFlashAttribute("message", "editor.milestone.deleted");
        } catch (ConflictException e) {
            flash.addFlashAttribute("message", "editor.error.stale");
        }
        return "redirect:/actions/" + actionId;
    }
}
