package org.parity.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.people.AccountForm;
import org.parity.people.CurrentCaller;
import org.parity.people.UserAccount;
import org.parity.people.UserAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin's actions on a user's access: disable (which ends their sessions), enable, reset the
 * password. A refusal shows the user's page with the reason: disabling yourself 400, a stale page 409,
 * a password the policy refuses next to the password field. Never a 500.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class UserAccessController {

    private final UserAdministration administration;
    private final CurrentCaller caller;

    UserAccessController(UserAdministration administration, CurrentCaller caller) {
        this.administration = administration;
        this.caller = caller;
    }

    /** The request gives the password and the version; everything else in the form is the stored user. */
    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("password", "version");
    }

    /** The stored user, whose username the password rule needs and whose page a refusal shows. */
    @ModelAttribute("form")
    UserForm form(@PathVariable Long id) {
        return UserForm.of(administration.get(id));
    }

    @PostMapping("/disable")
    String disable(
            @PathVariable Long id,
            @RequestParam long version,
            @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return change(id, form, result, model, flash, response, "admin.user.wasDisabled", () -> {
            administration.disable(id, version, caller.get());
        });
    }

    @PostMapping("/enable")
    String enable(
            @PathVariable Long id,
            @RequestParam long version,
            @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return change(id, form, result, model, flash, response, "admin.user.wasEnabled", () -> {
            administration.enable(id, version, caller.get());
        });
    }

    @PostMapping("/password")
    String resetPassword(
            @PathVariable Long id,
            @Validated(AccountForm.NewPassword.class) @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            return page(id, form, model);
        }
        return change(id, form, result, model, flash, response, "admin.user.passwordReset", () -> {
            administration.resetPassword(id, form.getVersion(), form.getPassword(), caller.get());
        });
    }

    private String change(
            Long id,
            UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response,
            String done,
            Runnable change) {
        try {
            change.run();
        } catch (BadInputException | ConflictException e) {
            boolean stale = e instanceof ConflictException;
            result.reject(stale ? "stale" : "invalid", e.getMessage());
            response.setStatus(stale ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return page(id, form, model);
        }
        flash.addFlashAttribute("message", done);
        return "redirect:/admin/users";
    }

    /** The user's page as stored now, with the errors. */
    private String page(Long id, UserForm form, Model model) {
        UserAccount user = administration.get(id);
        form.show(user);
        model.addAttribute("user", user);
        return AdminUsersController.FORM;
    }
}
