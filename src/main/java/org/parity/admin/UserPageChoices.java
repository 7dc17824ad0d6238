package org.parity.admin;

import org.parity.organisation.Organisations;
import org.parity.people.Role;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the user page offers to choose from, for both controllers that show it. */
@ControllerAdvice(assignableTypes = {AdminUsersController.class, UserAccessController.class})
class UserPageChoices {

    private final Organisations organisations;

    UserPageChoices(Organisations organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("systems", organisations.systems());
        model.addAttribute("allRoles", Role.values());
    }
}
