package org.parity.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.organisation.Organisations;
import org.parity.people.CurrentCaller;
import org.parity.people.Role;
import org.parity.people.UserAccount;
import org.parity.people.UserAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create users, assign roles and organisations, disable or enable them, reset passwords. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    static final String LIST = "admin/users";
    static final String FORM = "admin/user";

    private final UserAdministration administration;
    private final Organisations organisations;
    private final CurrentCaller caller;

    AdminUsersController(UserAdministration administration, Organisations organisations, CurrentCaller caller) {
        this.administration = administration;
        this.organisations = organisations;
        this.caller = caller;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("systems", organisations.systems());
        model.addAttribute("allRoles", Role.values());
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
    String processCreationForm(@ModelAttribute("form") UserForm form, BindingResult result, RedirectAttributes flash) {
        if (rejectUnknownChoices(form, result)) {
            return FORM;
        }
        try {
            administration.create(form.toCommand(), caller.get());
        } catch (BadInputException e) {
            e.errors().forEach(err -> result.rejectValue(err.field(), "invalid", err.message()));
            return FORM;
        }
        flash.addFlashAttribute("message", "admin.user.created");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String initUpdateForm(@PathVariable Long id, Model model) {
        UserAccount user = administration.get(id);
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setOrganisationCode(user.organisationCode());
        form.setSystemCode(user.systemCode());
        form.setRoles(user.roles());
        form.setVersion(user.version());
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        return FORM;
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            @PathVariable Long id,
            @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        if (rejectUnknownChoices(form, result)) {
            model.addAttribute("user", administration.get(id));
            return FORM;
        }
        try {
            administration.update(id, form.getVersion(), form.toCommand(), caller.get());
        } catch (BadInputException e) {
            e.errors().forEach(err -> result.rejectValue(err.field(), "invalid", err.message()));
            model.addAttribute("user", administration.get(id));
            return FORM;
        } catch (ConflictException e) {
            // someone else saved first: the form comes back as typed, with the reason, and nothing is stored
            result.reject("stale", e.getMessage());
            model.addAttribute("user", administration.get(id));
            response.setStatus(HttpStatus.CONFLICT.value());
            return FORM;
        }
        flash.addFlashAttribute("message", "admin.user.changed");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/disable")
    String disable(
            @PathVariable Long id,
            @RequestParam long version,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return access(
                id,
                model,
                flash,
                response,
                "admin.user.wasDisabled",
                () -> administration.disable(id, version, caller.get()));
    }

    @PostMapping("/{id}/enable")
    String enable(
            @PathVariable Long id,
            @RequestParam long version,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return access(
                id,
                model,
                flash,
                response,
                "admin.user.wasEnabled",
                () -> administration.enable(id, version, caller.get()));
    }

    /** Disabling yourself (400) or a stale page (409) shows the user's page with the reason, never a 500. */
    private String access(
            Long id,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response,
            String done,
            Runnable change) {
        try {
            change.run();
        } catch (BadInputException | ConflictException e) {
            UserForm form = new UserForm();
            model.addAttribute("form", form);
            BindingResult result = new BeanPropertyBindingResult(form, "form");
            result.reject(e instanceof ConflictException ? "stale" : "invalid", e.getMessage());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
            response.setStatus(
                    e instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return initUpdateFormWithErrors(administration.get(id), form, model);
        }
        flash.addFlashAttribute("message", done);
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable Long id,
            @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        UserAccount user = administration.get(id);
        try {
            administration.resetPassword(id, form.getVersion(), form.getPassword(), caller.get());
        } catch (BadInputException e) {
            e.errors().forEach(err -> result.rejectValue(err.field(), "invalid", err.message()));
            return initUpdateFormWithErrors(user, form, model);
        } catch (ConflictException e) {
            result.reject("stale", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            return initUpdateFormWithErrors(user, form, model);
        }
        flash.addFlashAttribute("message", "admin.user.passwordReset");
        return "redirect:/admin/users";
    }

    /**
     * The organisation and system must be ones on the form's lists, and the roles ones that exist (a role
     * that does not fails to bind): anything else is a field error, before anything is stored.
     */
    private boolean rejectUnknownChoices(UserForm form, BindingResult result) {
        String org = form.getOrganisationCode();
        if (org != null && !org.isBlank() && !organisations.exists(org.strip())) {
            result.rejectValue("organisationCode", "unknown", "Choose an organisation from the list");
        }
        String system = form.getSystemCode();
        if (system != null
                && !system.isBlank()
                && organisations.system(system.strip()).isEmpty()) {
            result.rejectValue("systemCode", "unknown", "Choose an integrated care system from the list");
        }
        return result.hasErrors(); // a role that does not exist fails to bind: typeMismatch.roles in messages
    }

    private String initUpdateFormWithErrors(UserAccount user, UserForm form, Model model) {
        form.setVersion(user.version());
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setOrganisationCode(user.organisationCode());
        form.setSystemCode(user.systemCode());
        form.setRoles(user.roles());
        model.addAttribute("user", user);
        return FORM;
    }
}
