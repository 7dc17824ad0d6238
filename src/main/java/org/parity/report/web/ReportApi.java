package org.parity.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parity.common.apidocs.ApiTags;
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
@Tag(name = ApiTags.REPORTS)
class ReportApi {

    private final ReportService reports;
    private final ReportDocuments documents;
    private final CurrentCaller caller;

    ReportApi(ReportService reports, ReportDocuments documents, CurrentCaller caller) {
        this.reports = reports;
        this.documents = documents;
        this.caller = caller;
    }

    @Operation(
            summary = "The live board report of an organisation",
            description = "Performance summary (each indicator and group against the period before: better, worse,"
                    + " same, no-data, not-rated; small numbers suppressed), actions with RAG and status, counts,"
                    + " exceptions, the approved narrative and trends. With format, that document instead. The"
                    + " organisation's EDI team, leads, sponsors, readers and admins; not board readers (they read"
                    + " issued reports).")
    @ApiResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = BoardReport.class)),
                @Content(mediaType = "text/html", schema = @Schema(type = "string")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "400", description = "An unknown standard, period, format or unit")
    @ApiResponse(responseCode = "404", description = "No such organisation or plan, or not one the caller may read")
    @Parameter(
            name = "format",
            in = ParameterIn.QUERY,
            description = "Answer with this document instead of JSON (csv: a zip of one CSV file per table)",
            schema = @Schema(allowableValues = {"html", "pdf", "xlsx", "csv"}))
    @GetMapping(value = "/api/organisations/{org}/report", params = "!format")
    BoardReport report(
            @Parameter(description = "Organisation code", example = "kmpt") @PathVariable String org,
            @Parameter(description = "Only this standard", example = "WRES") @RequestParam(required = false)
                    String standard,
            @Parameter(description = "The period reported on (default: the latest)", example = "2024/25")
                    @RequestParam(required = false)
                    String period,
            @Parameter(description = "Only this plan's actions (its id)") @RequestParam(required = false) Long plan,
            @Parameter(
                            description = "Only this unit's actions, and its figures where it has any (its code)",
                            example = "william-harvey")
                    @RequestParam(required = false)
                    String unit) {
        return reports.live(caller.get(), new ReportQuery(org, standard, plan, period, null, unit));
    }

    /** The documents of {@link #report}: one operation of the contract with it (its format parameter). */
    @Operation(hidden = true)
    @GetMapping(value = "/api/organisations/{org}/report", params = "format")
    ResponseEntity<byte[]> document(
            @PathVariable String org,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String unit,
            @RequestParam String format) {
        ReportFormat wanted = ReportFormat.parse(format);
        BoardReport report = reports.live(caller.get(), new ReportQuery(org, standard, plan, period, null, unit));
        return Downloads.of(documents.render(report, wanted, null));
    }

    @Operation(
            summary = "The board summary of an organisation's live report",
            description = "Per standard, one row per headline indicator in the standard's own order (WRES 1a, 1b, 1c,"
                    + " 2-9; WDES 1-10 with 4a-4d, 9a, 9b; the gender pay gap's measures): the figure, the one"
                    + " before, the change in the figure's unit, better or worse by the indicator's direction, the"
                    + " words the source document printed, the national benchmark, the 95% interval of a likelihood;"
                    + " then the most pressing exceptions, each action's verdict and progress per high impact"
                    + " action. With format html or pdf, that document (at most two A4 pages for one standard)."
                    + " Who may read the live report; board readers read it at the front of issued reports.")
    @ApiResponse(
            responseCode = "200",
            description = "The summary",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = BoardSummary.class)),
                @Content(mediaType = "text/html", schema = @Schema(type = "string")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "400", description = "An unknown standard, period, unit or format (xlsx and csv too)")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @Parameter(
            name = "format",
            in = ParameterIn.QUERY,
            description = "Answer with this document instead of JSON",
            schema = @Schema(allowableValues = {"json", "html", "pdf"}))
    @GetMapping(value = "/api/organisations/{org}/report/summary", params = "!format")
    BoardSummary summary(
            @Parameter(description = "Organisation code", example = "kings") @PathVariable String org,
            @Parameter(description = "Only this standard", example = "WRES") @RequestParam(required = false)
                    String standard,
            @Parameter(description = "The period reported on (default: the latest)", example = "2023/24")
                    @RequestParam(required = false)
                    String period,
            @Parameter(
                            description = "Only this unit's actions, and its figures where it has any (its code)",
                            example = "william-harvey")
                    @RequestParam(required = false)
                    String unit) {
        return reports.summary(caller.get(), new ReportQuery(org, standard, null, period, null, unit));
    }

    /** The documents of {@link #summary}: one operation of the contract with it (its format parameter). */
    @Operation(hidden = true)
    @GetMapping(value = "/api/organisations/{org}/report/summary", params = "format")
    ResponseEntity<?> summaryDocument(
            @PathVariable String org,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String unit,
            @RequestParam String format) {
        boolean json = "json".equalsIgnoreCase(format.strip());
        ReportFormat wanted = json ? null : ReportFormat.parse(format);
        BoardSummary summary = reports.summary(caller.get(), new ReportQuery(org, standard, null, period, null, unit));
        return json ? ResponseEntity.ok(summary) : Downloads.of(documents.render(summary, wanted));
    }

    @Operation(
            summary = "An integrated care system's organisations side by side",
            description = "The headline indicators of each organisation of the system and their actions by status"
                    + " and RAG. Readers of the system (ICS) and admins. With format html, pdf, xlsx or csv, that"
                    + " document instead.")
    @ApiResponse(
            responseCode = "200",
            description = "The comparison",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = SystemReport.class)),
                @Content(mediaType = "text/html", schema = @Schema(type = "string")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "400", description = "An unknown standard, period, unit kind or format")
    @ApiResponse(responseCode = "404", description = "No such system, or not one the caller may read")
    @Parameter(
            name = "format",
            in = ParameterIn.QUERY,
            description = "Answer with this document instead of JSON (csv: a zip of one CSV file per table)",
            schema = @Schema(allowableValues = {"html", "pdf", "xlsx", "csv"}))
    @GetMapping(value = "/api/systems/{code}/report", params = "!format")
    SystemReport system(
            @Parameter(description = "System code", example = "kent-medway") @PathVariable String code,
            @Parameter(description = "Only this standard", example = "WRES") @RequestParam(required = false)
                    String standard,
            @Parameter(description = "The period compared (default: the latest)", example = "2023/24")
                    @RequestParam(required = false)
                    String period,
            @Parameter(
                            description = "Compare the units of this kind (CARE_GROUP, DIVISION, DIRECTORATE, SITE)"
                                    + " where at least two organisations have some; otherwise the organisations, and"
                                    + " byUnit false",
                            example = "SITE")
                    @RequestParam(required = false)
                    String unitKind) {
        return reports.system(caller.get(), code, standard, period, unitKind);
    }

    /** The documents of {@link #system}: one operation of the contract with it (its format parameter). */
    @Operation(hidden = true)
    @GetMapping(value = "/api/systems/{code}/report", params = "format")
    ResponseEntity<byte[]> systemDocument(
            @PathVariable String code,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String unitKind,
            @RequestParam String format) {
        ReportFormat wanted = ReportFormat.parse(format);
        return Downloads.of(documents.render(reports.system(caller.get(), code, standard, period, unitKind), wanted));
    }
}
