package org.parity.workflow.web;

import jakarta.servlet.http.HttpServletResponse;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.common.RowError;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.progress.FourEyesException;
import org.parity.workflow.ProcessGateway;
import org.parity.workflow.TaskKind;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskView;
import org.springframework.beans.BeanUtils;
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
 * One page per task (/tasks/{id}) with the form its kind needs. The gateway decides everything: who
 * may (404 unseen, 403 not theirs), four-eyes (shown on the form), bad input (field errors).
 */
@Controller
class TaskPageController {

    static final String TASK = "tasks/task";
    static final String FORM = "form";

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

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/tasks/{id}")
    String initTaskForm(@PathVariable String id, Model model, RedirectAttributes flash) {
        Caller who = caller.get();
        TaskView task = tasks.task(who, id);
        if (!"OPEN".equals(task.state())) {
            flash.addFlashAttribute("message", "task.closed");
            return "redirect:" + TaskPage.worklistOf(task);
        }
        model.addAttribute(
                FORM,
                TaskPageForm.from(
                        task.kind() == TaskKind.PROGRESS_UPDATE
                                ? page.returnedUpdate(task.actionId()).orElse(null)
                                : null));
        page.describe(task, who, model);
        return TASK;
    }

    @PostMapping("/tasks/{id}")
    String processTaskForm(
            @PathVariable String id,
            @ModelAttribute(FORM) TaskPageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        Caller who = caller.get();
        TaskView task = tasks.task(who, id);
        try {
            gateway.complete(id, who, form.toJson(task.kind()));
        } catch (BadInputException e) {
            e.errors().forEach(err -> reject(result, err));
            page.describe(task, who, model);
            return TASK;
        } catch (FourEyesException e) {
            result.rejectValue("decision", "task.fourEyes", e.getMessage());
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

    private static void reject(BindingResult result, RowError err) {
        if (BeanUtils.getPropertyDescriptor(TaskPageForm.class, err.field()) != null) {
            result.rejectValue(err.field(), "task.error." + err.field(), err.message());
        } else {
            result.reject("task.error", err.message());
        }
    }
}
