package org.parity.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.parity.common.BadInputException;
import org.parity.common.RowError;
import org.parity.common.apidocs.ApiTags;
import org.parity.indicator.GenderPayGap;
import org.parity.indicator.ImportProperties;
import org.parity.indicator.InvalidFigureException;
import org.parity.indicator.MeasurementService;
import org.parity.indicator.Period;
import org.parity.people.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/organisations/{org}/gender-pay/{period}}: anonymised pay records as CSV
 * ({@code sex,hourly_pay,bonus_pay}, read by {@link PayRecordsCsv}) become the GPG measures of
 * {@link GenderPayGap}, stored with the figures they were computed from and answered as {@link GenderPayJson}. A financial year's slash may be sent as a path separator
 * ({@code /gender-pay/2023/24}) or as a hyphen ({@code /gender-pay/2023-24}).
 */
@RestController
@Tag(name = ApiTags.INDICATORS)
class GenderPayApi {

    /** Four anonymised employees, as a payroll extract gives them. */
    static final String PAY_EXAMPLE = """
            sex,hourly_pay,bonus_pay
            F,17.52,0
            M,20.96,250
            F,19.10,120
            M,18.40,0
            """;

    private final MeasurementService service;
    private final Importers importers;
    private final ImportProperties limits;

    GenderPayApi(MeasurementService service, Importers importers, ImportProperties limits) {
        this.service = service;
        this.importers = importers;
        this.limits = limits;
    }

    @Operation(
            summary = "Compute the gender pay gap, with the financial year's slash in the path",
            description = "The same as the {period} form, for /gender-pay/2024/25.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "text/csv",
                                            schema = @Schema(type = "string"),
                                            examples = @ExampleObject(name = "Pay records", value = PAY_EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Computed and stored")
    @ApiResponse(responseCode = "400", description = "A bad period or pay record; nothing was stored")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @ApiResponse(responseCode = "413", description = "Larger than parity.import.max-bytes; nothing was stored")
    @ApiResponse(responseCode = "415", description = "Not CSV; nothing was stored")
    @PostMapping("/api/organisations/{org}/gender-pay/{first}/{second}")
    ResponseEntity<GenderPayJson> importFinancialYear(
            @Parameter(description = "Organisation code", example = "kmpt") @PathVariable String org,
            @Parameter(description = "The financial year's first year", example = "2024") @PathVariable String first,
            @Parameter(description = "The financial year's second year, two digits", example = "25") @PathVariable
                    String second,
            HttpServletRequest request)
            throws IOException {
        return importPay(org, first + "/" + second, request);
    }

    @Operation(
            summary = "Compute the gender pay gap from anonymised pay records",
            description = "CSV with the header sex,hourly_pay,bonus_pay (sex F or M; bonus_pay 0 when none): the"
                    + " mean and median hourly and bonus gaps, the bonus shares and the pay quartiles (1 = the"
                    + " lowest paid; percentages 0-100) are computed and stored as GPG figures of the period. The"
                    + " organisation's EDI team and platform admins only.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "text/csv",
                                            schema = @Schema(type = "string"),
                                            examples = @ExampleObject(name = "Pay records", value = PAY_EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Computed and stored")
    @ApiResponse(responseCode = "400", description = "A bad period or pay record; nothing was stored")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @ApiResponse(responseCode = "413", description = "Larger than parity.import.max-bytes; nothing was stored")
    @ApiResponse(responseCode = "415", description = "Not CSV; nothing was stored")
    @PostMapping("/api/organisations/{org}/gender-pay/{period}")
    ResponseEntity<GenderPayJson> importPay(
            @Parameter(description = "Organisation code", example = "kmpt") @PathVariable String org,
            @Parameter(description = "Financial year, its slash written as a hyphen", example = "2024-25") @PathVariable
                    String period,
            HttpServletRequest request)
            throws IOException {
        Caller who = importers.check(org);
        String code = period.replace('-', '/');
        try {
            Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw FigureReader.whole("period", e.getMessage());
        }
        if (!MeasurementImportApi.isCsv(MeasurementImportApi.contentType(request, "text/csv"))) {
            throw ImportRefusedException.unsupported(request.getContentType(), "text/csv");
        }
        byte[] body = FigureReader.read(
                request.getInputStream(),
                request.getContentLengthLong(),
                limits.maxBytes().toBytes());
        GenderPayGap.Result result;
        try {
            result = GenderPayGap.compute(PayRecordsCsv.records(body));
        } catch (InvalidFigureException e) {
            throw new BadInputException(
                    e.getMessage() + ": nothing was stored", List.of(new RowError(0, e.getField(), e.getMessage())));
        }
        service.recordDerived(org, result.figures(code), who.username());
        return ResponseEntity.status(HttpStatus.CREATED).body(GenderPayJson.of(code, result));
    }
}
