package org.parity.people.web;

import org.parity.people.internal.LazyClientRegistrations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page: the password form (unless parity.login.passwords=false) and a "Sign in with ..."
 * link for each configured OpenID provider; and the page a person created by single sign-on sees
 * until an admin approves them.
 */
@Controller
class LoginController {

    static final String VIEW = "login";
    static final String PENDING = "pending";

    private final LazyClientRegistrations providers;
    private final boolean passwords;

    LoginController(LazyClientRegistrations providers, @Value("${parity.login.passwords:true}") boolean passwords) {
        this.providers = providers;
        this.passwords = passwords;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers.names());
        model.addAttribute("passwords", passwords);
        return VIEW;
    }

    @GetMapping("/pending")
    String pending() {
        return PENDING;
    }
}
