package org.parity.workflow.web;

import jakarta.validation.Valid;
import org.parity.common.ConflictException;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.PlanQueries;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.workflow.ProcessGateway;
import org.parity.workflow.validation.WithdrawalReason;
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
 * The EDI team of the action's organisation withdraws it with a reason, checked by its constraint
 * ({@link WithdrawalReason}) after who may is (404, 403); the gateway checks both again.
 */
@Controller
class WithdrawalController {

    static final String WITHDRAW = "withdraw";

    private final PlanQueries plans;
    private final ProcessGateway gateway;
    private final OrganisationAccess access;
    private final CurrentCaller caller;

    WithdrawalController(PlanQueries plans, ProcessGateway gateway, OrganisationAccess access, CurrentCaller caller) {
        this.plans = plans;
        this.gateway = gateway;
        this.access = access;
        this.caller = caller;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.setMessageCodesResolver(new FieldMessageCodes("withdraw.error."));
    }

    @GetMapping("/actions/{id}/withdraw")
    String initWithdrawalForm(@PathVariable Long id, Model model) {
        model.addAttribute("action", ediAction(id, caller.get()));
        model.addAttribute("form", new WithdrawalForm());
        return WITHDRAW;
    }

    @PostMapping("/actions/{id}/withdraw")
    String processWithdrawalForm(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") WithdrawalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        Caller who = caller.get();
        ActionDetail action = ediAction(id, who);
        if (result.hasErrors()) {
            model.addAttribute("action", action);
            return WITHDRAW;
        }
        try {
            gateway.withdraw(id, who, form.getReason());
        } catch (ConflictException e) {
            result.reject("withdraw.error.ended", e.getMessage());
            model.addAttribute("action", action);
            return WITHDRAW;
        }
        flash.addFlashAttribute("message", "withdraw.done");
        return "redirect:/actions/" + id;
    }

    private ActionDetail ediAction(Long id, Caller who) {
        ActionDetail action = plans.action(who, id);
        access.ediWork(who, action.organisation(), "withdraws its actions");
        return action;
    }

    /** The reason, as typed. */
    public static class WithdrawalForm {
        @WithdrawalReason
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
