package org.parity.workflow.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.common.RowError;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.progress.FourEyesException;
import org.parity.workflow.ProcessGateway;
import org.parity.workflow.TaskInput;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskView;
import org.springframework.beans.BeanUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One page per task (/tasks/{id}) with the form its kind needs. The task is looked up first (404 unseen,
 * 403 not theirs); the form is a {@link TaskInput} of the task's kind, checked by its constraints
 * ({@code @Valid}): errors come back next to their fields with what was typed, and nothing is completed.
 * Four-eyes is shown on the form.
 */
@Controller
class TaskPageController {

    static final String TASK = "tasks/task";
    static final String FORM = "form";
    private static final String TASK_VIEW = "task";

    private final TaskQueries tasks;
    private final ProcessGateway gateway;
    private final TaskPage page;
    private final CurrentCaller caller;

    TaskPageController(TaskQueries tasks, ProcessGateway gateway, TaskPage page, CurrentCaller caller) {
        this.tasks = tasks;
        this.gateway = gateway;
        this.page = page;
        this.caller = caller;
    }

    @InitBinder(FORM)
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "kind");
        binder.setMessageCodesResolver(new FieldMessageCodes("task.error."));
    }

    /** The task (404/403 before anything is bound) and an empty form of its kind. */
    @ModelAttribute(FORM)
    TaskInput form(@PathVariable String id, Model model) {
        TaskView task = tasks.task(caller.get(), id);
        model.addAttribute(TASK_VIEW, task);
        return new TaskInput(task.kind());
    }

    @GetMapping("/tasks/{id}")
    String initTaskForm(Model model, RedirectAttributes flash) {
        TaskView task = (TaskView) model.getAttribute(TASK_VIEW);
        if (!"OPEN".equals(task.state())) {
            flash.addFlashAttribute("message", "task.closed");
            return "redirect:" + TaskPage.worklistOf(task);
        }
        TaskInput form = new TaskInput(task.kind());
        page.prefill(task, form);
        model.addAttribute(FORM, form);
        page.describe(task, caller.get(), model);
        return TASK;
    }

    @PostMapping("/tasks/{id}")
    String processTaskForm(
            @PathVariable String id,
            @Valid @ModelAttribute(FORM) TaskInput form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        Caller who = caller.get();
        TaskView task = (TaskView) model.getAttribute(TASK_VIEW);
        if (!"OPEN".equals(task.state())) {
            flash.addFlashAttribute("message", "task.closed");
            return "redirect:" + TaskPage.worklistOf(task);
        }
        if (result.hasErrors()) {
            page.describe(task, who, model);
            return TASK;
        }
        try {
            gateway.complete(id, who, form);
        } catch (BadInputException e) {
            e.errors().forEach(err -> reject(result, err));
            page.describe(task, who, model);
            return TASK;
        } catch (FourEyesException e) {
            result.addError(new FieldError(
                    FORM, "decision", form.getDecision(), false, new String[] {"task.fourEyes"}, null, e.getMessage()));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            page.describe(task, who, model);
            return TASK;
        } catch (ConflictException e) {
            flash.addFlashAttribute("message", "task.closed");
            return "redirect:" + TaskPage.worklistOf(task);
        }
        flash.addFlashAttribute("message", "task.done." + task.kind());
        return "redirect:" + TaskPage.worklistOf(task);
    }

    /** A refusal of the services behind the form (the form's own constraints already passed). */
    private static void reject(BindingResult result, RowError err) {
        if (BeanUtils.getPropertyDescriptor(TaskInput.class, err.field()) != null) {
            result.rejectValue(err.field(), "task.error." + err.field(), err.message());
        } else {
            result.reject("task.error", err.message());
        }
    }
}
