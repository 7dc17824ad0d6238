package org.parity.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.parity.common.BadInputException;
import org.parity.common.RowError;
import org.parity.common.apidocs.ApiTags;
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
@Tag(name = ApiTags.REPORTS)
class IssuedReportApi {

    private final ReportIssuing issuing;
    private final CurrentCaller caller;

    IssuedReportApi(ReportIssuing issuing, CurrentCaller caller) {
        this.issuing = issuing;
        this.caller = caller;
    }

    @Operation(
            summary = "Issue a report",
            description = "Freezes the live report as it is now in every format (HTML, PDF, XLSX, CSV zip): later"
                    + " downloads give the identical bytes. The body and each of its fields may be left out (all"
                    + " standards, the latest figures, today). The organisation's EDI team and admins only.")
    @ApiResponse(responseCode = "201", description = "Issued; Location is the issued report's address")
    @ApiResponse(responseCode = "400", description = "An unknown standard or period, or asOf not written YYYY-MM-DD")
    @ApiResponse(responseCode = "404", description = "No such organisation or plan, or not one the caller may read")
    @PostMapping("/api/organisations/{org}/reports")
    ResponseEntity<IssuedReportSummary> issue(
            @Parameter(description = "Organisation code", example = "kmpt") @PathVariable String org,
            @RequestBody(required = false) IssueRequest body) {
        IssueRequest request = body == null ? new IssueRequest(null, null, null, null) : body;
        IssuedReportSummary issued = issuing.issue(
                caller.get(),
                new ReportQuery(org, request.standard(), request.plan(), request.period(), asOf(request.asOf())));
        return ResponseEntity.created(URI.create("/api/reports/" + issued.id())).body(issued);
    }

    @Operation(
            summary = "An organisation's issued reports",
            description = "Newest first. Board readers of the organisation may read these.")
    @ApiResponse(responseCode = "200", description = "The issued reports")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @GetMapping("/api/organisations/{org}/reports")
    List<IssuedReportSummary> list(
            @Parameter(description = "Organisation code", example = "kmpt") @PathVariable String org) {
        return issuing.list(caller.get(), org);
    }

    @Operation(
            summary = "Issue a system comparison",
            description = "Freezes the comparison of an integrated care system's organisations in every format, as it"
                    + " reads today. Its ICS readers and admins. Body {standard, period}, both optional (and the body"
                    + " too); asOf and plan are refused: a comparison has neither.")
    @ApiResponse(responseCode = "201", description = "Issued; Location is the issued report's address")
    @ApiResponse(responseCode = "400", description = "An unknown standard or period, or asOf or plan given")
    @ApiResponse(responseCode = "404", description = "No such system, or not one the caller may read")
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

    @Operation(summary = "A system's issued comparisons", description = "Newest first. Its ICS readers and admins.")
    @ApiResponse(responseCode = "200", description = "The issued comparisons")
    @ApiResponse(responseCode = "404", description = "No such system, or not one the caller may read")
    @GetMapping("/api/systems/{code}/reports")
    List<IssuedReportSummary> listSystem(@PathVariable String code) {
        return issuing.listSystem(caller.get(), code);
    }

    @Operation(
            summary = "One issued report",
            description = "What it covers, who issued it when, the SHA-256 of its content and its formats; with"
                    + " format, the document itself, byte for byte as issued.")
    @ApiResponse(
            responseCode = "200",
            description = "The issued report",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = IssuedReportSummary.class)),
                @Content(mediaType = "text/html", schema = @Schema(type = "string")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "400", description = "An unknown format")
    @ApiResponse(responseCode = "404", description = "No such issued report, or not one the caller may read")
    @Parameter(
            name = "format",
            in = ParameterIn.QUERY,
            description = "Download this document of the issued report instead of its summary",
            schema = @Schema(allowableValues = {"html", "pdf", "xlsx", "csv"}))
    @GetMapping(value = "/api/reports/{id}", params = "!format")
    IssuedReportSummary summary(
            @Parameter(description = "The issued report's id", example = "1") @PathVariable Long id) {
        return issuing.get(caller.get(), id);
    }

    /** The documents of {@link #summary}: one operation of the contract with it (its format parameter). */
    @Operation(hidden = true)
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
    record IssueRequest(
            @Schema(description = "Only this standard", example = "WRES")
            String standard,

            @Schema(description = "The period reported on (default: the latest)", example = "2024/25")
            String period,

            @Schema(description = "The date the report speaks for, YYYY-MM-DD (default: today)", example = "2025-03-31")
            String asOf,

            @Schema(description = "Only this plan's actions (its id)")
            Long plan) {}
}
