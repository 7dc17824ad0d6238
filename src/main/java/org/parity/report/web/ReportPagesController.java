package org.parity.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.parity.common.BadInputException;
import org.parity.indicator.Period;
import org.parity.organisation.OrgUnit;
import org.parity.organisation.OrgUnits;
import org.parity.organisation.Organisation;
import org.parity.organisation.OrganisationAccess;
import org.parity.organisation.UnitKind;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.people.Role;
import org.parity.report.BoardReport;
import org.parity.report.BoardSummary;
import org.parity.report.IssuedReportSummary;
import org.parity.report.ReportIssuing;
import org.parity.report.ReportQuery;
import org.parity.report.ReportService;
import org.parity.report.SystemReport;
import org.parity.report.render.Figures;
import org.parity.report.render.HtmlDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report page of an organisation: filters, the live report with download buttons (not for board
 * readers), the issue button (EDI team), and the issued reports; and the system comparison page.
 */
@Controller
class ReportPagesController {

    static final String PAGE = "report/page";
    static final String SYSTEM = "report/system";
    static final String SUMMARY = "report/summary";
    static final List<String> STANDARDS = List.of("WRES", "WDES", "GPG", "EDI");

    private final ReportService reports;
    private final ReportIssuing issuing;
    private final OrganisationAccess access;
    private final CurrentCaller caller;
    private final MessageSource messages;
    private final Clock clock;
    private final OrgUnits units;

    ReportPagesController(
            ReportService reports,
            ReportIssuing issuing,
            OrganisationAccess access,
            CurrentCaller caller,
            MessageSource messages,
            Clock clock,
            OrgUnits units) {
        this.units = units;
        this.reports = reports;
        this.issuing = issuing;
        this.access = access;
        this.caller = caller;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/organisations/{org}/report")
    String page(
            @PathVariable String org,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String unit,
            Model model) {
        Caller who = caller.get();
        Organisation organisation = access.readable(who, org);
        String wanted = standardOf(standard);
        BoardReport report = null;
        if (access.readsLive(who)) {
            List<OrgUnit> choices = units.of(org);
            String chosen = OrgUnits.pick(choices, org, unit).map(OrgUnit::code).orElse(null);
            model.addAttribute("units", choices);
            model.addAttribute("unit", chosen);
            report = reports.live(who, new ReportQuery(org, wanted, null, periodOf(period), null, chosen));
        }
        Figures fmt = new Figures(messages);
        List<IssuedReportSummary> issued = issuing.list(who, org);
        model.addAttribute("organisation", organisation);
        model.addAttribute("report", report);
        model.addAttribute("stamp", null);
        model.addAttribute("fmt", fmt);
        model.addAttribute("charts", report == null ? java.util.Map.of() : HtmlDocument.charts(report, fmt));
        model.addAttribute("standards", STANDARDS);
        model.addAttribute("standard", wanted);
        model.addAttribute("period", report == null ? null : report.scope().period());
        model.addAttribute("issued", issued);
        model.addAttribute("mayIssue", access.runsEdiWork(who, org));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("system", who.has(Role.ICS) ? who.systemCode() : null);
        return PAGE;
    }

    /** The board summary page: the live report's headline figures and pressing actions, with its PDF. */
    @GetMapping("/organisations/{org}/report/summary")
    String summary(
            @PathVariable String org,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String unit,
            Model model) {
        Caller who = caller.get();
        Organisation organisation = access.readable(who, org);
        String wanted = standardOf(standard);
        List<OrgUnit> choices = access.readsLive(who) ? units.of(org) : List.of();
        String chosen = OrgUnits.pick(choices, org, unit).map(OrgUnit::code).orElse(null);
        model.addAttribute("units", choices);
        model.addAttribute("unit", chosen);
        BoardSummary summary = reports.summary(who, new ReportQuery(org, wanted, null, periodOf(period), null, chosen));
        model.addAttribute("organisation", organisation);
        model.addAttribute("summary", summary);
        model.addAttribute("fmt", new Figures(messages));
        model.addAttribute("standards", STANDARDS);
        model.addAttribute("standard", wanted);
        model.addAttribute("period", summary.scope().period());
        return SUMMARY;
    }

    @PostMapping("/organisations/{org}/reports")
    String issue(
            @PathVariable String org,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String asOf,
            RedirectAttributes redirect) {
        Caller who = caller.get();
        String back = "redirect:/organisations/{org}/report";
        redirect.addAttribute("org", org);
        if (standard != null && !standard.isBlank()) {
            redirect.addAttribute("standard", standard);
        }
        if (period != null && !period.isBlank()) {
            redirect.addAttribute("period", period);
        }
        LocalDate date;
        try {
            date = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("issueError", true);
            return back;
        }
        try {
            IssuedReportSummary done = issuing.issue(who, new ReportQuery(org, standard, null, period, date));
            redirect.addFlashAttribute("issuedId", done.id());
        } catch (BadInputException e) {
            redirect.addFlashAttribute("issueError", true);
        }
        return back;
    }

    @GetMapping("/systems/{code}/report")
    String system(
            @PathVariable String code,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String unitKind,
            Model model) {
        Caller who = caller.get();
        String wanted = standardOf(standard);
        UnitKind kind = UnitKind.parse(unitKind);
        if (unitKind != null && !unitKind.isBlank() && kind == null) {
            reports.system(
                    who, code, wanted, null, unitKind); // 404 for a system not theirs, else the 400 naming unitKind
        }
        String kindName = kind == null ? null : kind.name();
        SystemReport report = reports.system(who, code, wanted, periodOf(period), kindName);
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("unitKind", kindName);
        model.addAttribute("system", report);
        model.addAttribute("fmt", new Figures(messages));
        model.addAttribute("standards", STANDARDS);
        model.addAttribute("standard", wanted);
        model.addAttribute("period", report.period());
        model.addAttribute("issued", issuing.listSystem(who, code));
        return SYSTEM;
    }

    /** Issues the comparison as shown (standard and period), then shows it again with the new issued report. */
    @PostMapping("/systems/{code}/reports")
    String issueSystem(
            @PathVariable String code,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            RedirectAttributes redirect) {
        redirect.addAttribute("code", code);
        String wanted = standard == null || standard.isBlank() ? null : standard.strip();
        String chosen = period == null || period.isBlank() ? null : period.strip();
        if (wanted != null) {
            redirect.addAttribute("standard", wanted);
        }
        if (chosen != null) {
            redirect.addAttribute("period", chosen);
        }
        try {
            IssuedReportSummary done = issuing.issueSystem(caller.get(), code, wanted, chosen);
            redirect.addFlashAttribute("issuedId", done.id());
        } catch (BadInputException e) {
            redirect.addFlashAttribute("issueError", true);
        }
        return "redirect:/systems/{code}/report";
    }

    /** The standard asked for, when it is one Parity reports on; otherwise every standard. */
    private static String standardOf(String standard) {
        return standard == null || !STANDARDS.contains(standard.toUpperCase()) ? null : standard.toUpperCase();
    }

    /**
     * The period asked for, when it reads as one (2024/25 or 2024); otherwise none, so that a page asked for
     * an unreadable period shows the latest one instead of an error, and builds its report once.
     */
    private static String periodOf(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        try {
            return Period.parse(period).code();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
