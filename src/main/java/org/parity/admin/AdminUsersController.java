package org.parity.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins list users, create them and change their name, roles and organisation. The form's rules are
 * its constraints ({@link UserForm}): their errors come back next to the fields, with the form as typed.
 * Disabling, enabling and passwords are {@link UserAccessController}'s.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    static final String LIST = "admin/users";
    static final String FORM = "admin/user";

    private final UserAdministration administration;
    private final CurrentCaller caller;

    AdminUsersController(UserAdministration administration, CurrentCaller caller) {
        this.administration = administration;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", administration.all());
        return LIST;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", new UserForm());
        return FORM;
    }

    @PostMapping("/new")
    String processCreationForm(
            @Validated(AccountForm.NewUser.class) @ModelAttribute("form") UserForm form,
            BindingResult result,
            RedirectAttributes flash) {
        if (administration.emailTaken(form.getEmail(), null)) {
            result.rejectValue("email", "user.email.taken");
        }
        if (result.hasErrors()) {
            return FORM;
        }
        administration.create(form, caller.get());
        flash.addFlashAttribute("message", "admin.user.created");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String initUpdateForm(@PathVariable Long id, Model model) {
        UserAccount user = administration.get(id);
        model.addAttribute("form", UserForm.of(user));
        model.addAttribute("user", user);
        return FORM;
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        if (administration.emailTaken(form.getEmail(), id)) {
            result.rejectValue("email", "user.email.taken");
        }
        if (!result.hasErrors()) {
            try {
                boolean approving = administration.get(id).pending();
                administration.update(id, form.getVersion(), form, caller.get());
                flash.addFlashAttribute("message", approving ? "admin.user.approved" : "admin.user.changed");
                return "redirect:/admin/users";
            } catch (ConflictException e) {
                // someone else saved first: the form comes back as typed, with the reason, and nothing is stored
                result.reject("stale", e.getMessage());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        model.addAttribute("user", administration.get(id));
        return FORM;
    }
}
