package org.parity.admin;

import jakarta.validation.Valid;
import org.parity.common.RowError;
import org.parity.organisation.Organisations;
import org.parity.people.CurrentCaller;
import org.parity.people.SingleSignOn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins map a value of a provider's groups claim to a role in one organisation: people of that
 * organisation whose ID token carries the value hold the role from their next single sign-on.
 */
@Controller
@RequestMapping("/admin/sso-mappings")
class SsoMappingsController {

    static final String VIEW = "admin/sso-mappings";

    private final SingleSignOn sso;
    private final Organisations organisations;
    private final CurrentCaller caller;

    SsoMappingsController(SingleSignOn sso, Organisations organisations, CurrentCaller caller) {
        this.sso = sso;
        this.organisations = organisations;
        this.caller = caller;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("providers", sso.providers());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("roles", SingleSignOn.MAPPABLE);
        model.addAttribute("mappings", sso.mappings());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new SsoMappingForm());
        return VIEW;
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") SsoMappingForm form, BindingResult result, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            RowError problem = sso.problem(form);
            if (problem != null) {
                result.rejectValue(problem.field(), "sso.mapping.refused", problem.message());
            }
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        sso.add(form, caller.get());
        flash.addFlashAttribute("message", "admin.sso.added");
        return "redirect:/admin/sso-mappings";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable Long id, RedirectAttributes flash) {
        sso.remove(id, caller.get());
        flash.addFlashAttribute("message", "admin.sso.removed");
        return "redirect:/admin/sso-mappings";
    }
}
