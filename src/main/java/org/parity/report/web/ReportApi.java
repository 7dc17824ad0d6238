package org.parity.report.web;

import org.parity.people.CurrentCaller;
import org.parity.report.BoardReport;
import org.parity.report.BoardSummary;
import org.parity.report.ReportDocuments;
import org.parity.report.ReportFormat;
import org.parity.report.ReportQuery;
import org.parity.report.ReportService;
import org.parity.report.SystemReport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The live report (API.md): JSON, or with {@code format=html|pdf|xlsx|csv} that document; and the system view. */
@RestController
class ReportApi {

    private final ReportService reports;
    private final ReportDocuments documents;
    private final CurrentCaller caller;

    ReportApi(ReportService reports, ReportDocuments documents, CurrentCaller caller) {
        this.reports = reports;
        this.documents = documents;
        this.caller = caller;
    }

    @GetMapping(value = "/api/organisations/{org}/report", params = "!format")
    BoardReport report(
            @PathVariable String org,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Long plan) {
        return reports.live(caller.get(), new ReportQuery(org, standard, plan, period, null));
    }

    @GetMapping(value = "/api/organisations/{org}/report", params = "format")
    ResponseEntity<byte[]> document(
            @PathVariable String org,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Long plan,
            @RequestParam String format) {
        ReportFormat wanted = ReportFormat.parse(format);
        BoardReport report = reports.live(caller.get(), new ReportQuery(org, standard, plan, period, null));
        return Downloads.of(documents.render(report, wanted, null));
    }

    /** The board summary of the live report: JSON, or with {@code format=html|pdf} that document. */
    @GetMapping(value = "/api/organisations/{org}/report/summary", params = "!format")
    BoardSummary summary(
            @PathVariable String org,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period) {
        return reports.summary(caller.get(), new ReportQuery(org, standard, null, period, null));
    }

    @GetMapping(value = "/api/organisations/{org}/report/summary", params = "format")
    ResponseEntity<?> summaryDocument(
            @PathVariable String org,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam String format) {
        boolean json = "json".equalsIgnoreCase(format.strip());
        ReportFormat wanted = json ? null : ReportFormat.parse(format);
        BoardSummary summary = reports.summary(caller.get(), new ReportQuery(org, standard, null, period, null));
        return json ? ResponseEntity.ok(summary) : Downloads.of(documents.render(summary, wanted));
    }

    @GetMapping(value = "/api/systems/{code}/report", params = "!format")
    SystemReport system(
            @PathVariable String code,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period) {
        return reports.system(caller.get(), code, standard, period);
    }

    @GetMapping(value = "/api/systems/{code}/report", params = "format")
    ResponseEntity<byte[]> systemDocument(
            @PathVariable String code,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam String format) {
        ReportFormat wanted = ReportFormat.parse(format);
        return Downloads.of(documents.render(reports.system(caller.get(), code, standard, period), wanted));
    }
}
