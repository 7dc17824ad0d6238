package org.parity.people.web;

import jakarta.validation.Valid;
import java.beans.PropertyEditorSupport;
import java.time.Clock;
import org.parity.common.Numbers;
import org.parity.people.CalendarLinks;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.people.internal.ApiTokens;
import org.parity.people.internal.ApiTokens.NewToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Your account": the signed-in person's calendar subscription address (made or reset here, shown once)
 * and their personal API tokens (made here with the API's rules, the secret shown once; revoked here).
 * Secrets travel to the page that shows them once as a flash attribute and are never stored in clear.
 */
@Controller
@RequestMapping("/my/account")
class AccountController {

    static final String VIEW = "my/account";
    static final String HOME = "redirect:/my/account";

    private final CalendarLinks calendarLinks;
    private final ApiTokens tokens;
    private final CurrentCaller caller;
    private final Clock clock;

    AccountController(CalendarLinks calendarLinks, ApiTokens tokens, CurrentCaller caller, Clock clock) {
        this.calendarLinks = calendarLinks;
        this.tokens = tokens;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Days are read by the one number rule (digits 0 to 9 only): "1.5", "1e3" or another script's digits are a
     * type mismatch, answered beside the field, never read as a number Java's own parser would accept.
     */
    @InitBinder("tokenForm")
    void days(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, "expiresInDays", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                setValue(Numbers.whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE)
                        .map(Long::intValue)
                        .orElseThrow(() -> new IllegalArgumentException("not a whole number")));
            }
        });
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        Caller who = caller.get();
        model.addAttribute("who", who);
        model.addAttribute("calendarMadeAt", calendarLinks.madeAt(who).orElse(null));
        model.addAttribute("tokens", tokens.mine(who));
        model.addAttribute("now", clock.instant());
        return VIEW;
    }

    /** Makes a new subscription address; the old one stops at once. The new one is shown once, on the next page. */
    @PostMapping("/calendar-link")
    String resetCalendarLink(RedirectAttributes flash) {
        Caller who = caller.get();
        boolean had = calendarLinks.madeAt(who).isPresent();
        String secret = calendarLinks.reset(who);
        flash.addFlashAttribute(
                "calendarUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(CalendarLinks.path(secret))
                        .toUriString());
        flash.addFlashAttribute("message", had ? "account.calendar.wasReset" : "account.calendar.wasMade");
        return HOME + "#calendar";
    }

    @PostMapping("/tokens")
    String createToken(
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        if (result.hasErrors()) {
            return page(model);
        }
        NewToken token = tokens.create(caller.get(), form.getName(), form.getExpiresInDays());
        flash.addFlashAttribute("newToken", token);
        return HOME + "#tokens";
    }

    /** Revokes one of the caller's own tokens; anyone else's is "not found". */
    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable Long id, RedirectAttributes flash) {
        tokens.revoke(caller.get(), id);
        flash.addFlashAttribute("message", "account.tokens.wasRevoked");
        return HOME + "#tokens";
    }
}
