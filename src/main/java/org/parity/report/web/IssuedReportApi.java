package org.parity.report.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.parity.common.BadInputException;
import org.parity.common.RowError;
import org.parity.people.CurrentCaller;
import org.parity.report.IssuedReportSummary;
import org.parity.report.ReportFormat;
import org.parity.report.ReportIssuing;
import org.parity.report.ReportQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Issued reports: issue one (EDI team), list them, and download the identical bytes later. */
@RestController
class IssuedReportApi {

    private final ReportIssuing issuing;
    private final CurrentCaller caller;

    IssuedReportApi(ReportIssuing issuing, CurrentCaller caller) {
        this.issuing = issuing;
        this.caller = caller;
    }

    @PostMapping("/api/organisations/{org}/reports")
    ResponseEntity<IssuedReportSummary> issue(
            @PathVariable String org, @RequestBody(required = false) IssueRequest body) {
        IssueRequest request = body == null ? new IssueRequest(null, null, null, null) : body;
        IssuedReportSummary issued = issuing.issue(
                caller.get(),
                new ReportQuery(org, request.standard(), request.plan(), request.period(), asOf(request.asOf())));
        return ResponseEntity.created(URI.create("/api/reports/" + issued.id())).body(issued);
    }

    @GetMapping("/api/organisations/{org}/reports")
    List<IssuedReportSummary> list(@PathVariable String org) {
        return issuing.list(caller.get(), org);
    }

    @PostMapping("/api/systems/{code}/reports")
    ResponseEntity<IssuedReportSummary> issueSystem(
            @PathVariable String code, @RequestBody(required = false) IssueRequest body) {
        IssueRequest request = body == null ? new IssueRequest(null, null, null, null) : body;
        if (request.asOf() != null || request.plan() != null) {
            throw new BadInputException(
                    "a system comparison is issued as it reads today, for all plans",
                    List.of(new RowError(
                            0,
                            request.asOf() != null ? "asOf" : "plan",
                            "leave out: a system comparison has no " + (request.asOf() != null ? "asOf" : "plan"))));
        }
        IssuedReportSummary issued = issuing.issueSystem(caller.get(), code, request.standard(), request.period());
        return ResponseEntity.created(URI.create("/api/reports/" + issued.id())).body(issued);
    }

    @GetMapping("/api/systems/{code}/reports")
    List<IssuedReportSummary> listSystem(@PathVariable String code) {
        return issuing.listSystem(caller.get(), code);
    }

    @GetMapping(value = "/api/reports/{id}", params = "!format")
    IssuedReportSummary summary(@PathVariable Long id) {
        return issuing.get(caller.get(), id);
    }

    @GetMapping(value = "/api/reports/{id}", params = "format")
    ResponseEntity<byte[]> download(@PathVariable Long id, @RequestParam String format) {
        ReportFormat wanted = ReportFormat.parse(format);
        return Downloads.of(issuing.download(caller.get(), id, wanted));
    }

    /** A date written exactly as YYYY-MM-DD (not a number of days, not an array), or none. */
    private static LocalDate asOf(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new BadInputException(
                    "asOf must be a date written YYYY-MM-DD",
                    List.of(new RowError(0, "asOf", "write the date as YYYY-MM-DD, not '" + text + "'")));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInputException(
                    "asOf is not a date", List.of(new RowError(0, "asOf", text + " is not a date")));
        }
    }

    /** {@code asOf} as YYYY-MM-DD; every field may be left out, and so may the body (all standards, latest figures, today). */
    record IssueRequest(String standard, String period, String asOf, Long plan) {}
}
