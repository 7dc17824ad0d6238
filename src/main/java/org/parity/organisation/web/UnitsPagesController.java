package org.parity.organisation.web;

import jakarta.validation.Valid;
import org.parity.common.BadInputException;
import org.parity.common.NotFoundException;
import org.parity.organisation.NewUnit;
import org.parity.organisation.OrgUnit;
import org.parity.organisation.OrgUnits;
import org.parity.organisation.OrganisationAccess;
import org.parity.organisation.UnitKind;
import org.parity.organisation.UnitRename;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The EDI team's list of its organisation's units (care groups, divisions, directorates, sites), with
 * a form to add one and a page to rename each. The organisation's EDI team and admins only.
 */
@Controller
class UnitsPagesController {

    static final String LIST = "organisation/units";
    static final String RENAME = "organisation/unit";

    private final OrgUnits units;
    private final OrganisationAccess access;
    private final CurrentCaller caller;

    UnitsPagesController(OrgUnits units, OrganisationAccess access, CurrentCaller caller) {
        this.units = units;
        this.access = access;
        this.caller = caller;
    }

    @GetMapping("/organisations/{org}/units")
    String list(@PathVariable String org, Model model) {
        prepare(caller.get(), org, model);
        model.addAttribute("form", new NewUnit());
        return LIST;
    }

    @PostMapping("/organisations/{org}/units")
    String add(
            @PathVariable String org,
            @Valid @ModelAttribute("form") NewUnit form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        Caller who = caller.get();
        prepare(who, org, model);
        if (!result.hasErrors()) {
            try {
                units.add(who, org, form);
                flash.addFlashAttribute("message", "units.added");
                return "redirect:/organisations/" + org + "/units";
            } catch (BadInputException e) {
                e.errors().forEach(err -> result.rejectValue(err.field(), "unit.refused", err.message()));
            }
        }
        return LIST;
    }

    @GetMapping("/organisations/{org}/units/{unit}")
    String renameForm(@PathVariable String org, @PathVariable("unit") String code, Model model) {
        OrgUnit unit = unitFor(caller.get(), org, code, model);
        model.addAttribute("form", new UnitRename(unit.name()));
        return RENAME;
    }

    @PostMapping("/organisations/{org}/units/{unit}")
    String rename(
            @PathVariable String org,
            @PathVariable("unit") String code,
            @Valid @ModelAttribute("form") UnitRename form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        Caller who = caller.get();
        unitFor(who, org, code, model);
        if (result.hasErrors()) {
            return RENAME;
        }
        units.rename(who, org, code, form);
        flash.addFlashAttribute("message", "units.renamed");
        return "redirect:/organisations/" + org + "/units";
    }

    private void prepare(Caller who, String org, Model model) {
        model.addAttribute("organisation", access.ediWork(who, org, "keeps its units"));
        model.addAttribute("units", units.of(org));
        model.addAttribute("kinds", UnitKind.values());
    }

    private OrgUnit unitFor(Caller who, String org, String code, Model model) {
        model.addAttribute("organisation", access.ediWork(who, org, "keeps its units"));
        OrgUnit unit = units.of(org).stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("unit " + code));
        model.addAttribute("unit", unit);
        return unit;
    }
}
