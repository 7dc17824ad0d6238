package org.parity.indicator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.parity.common.BadInputException;
import org.parity.common.RowError;
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
class GenderPayApi {

    private final MeasurementService service;
    private final Importers importers;
    private final ImportProperties limits;

    GenderPayApi(MeasurementService service, Importers importers, ImportProperties limits) {
        this.service = service;
        this.importers = importers;
        this.limits = limits;
    }

    @PostMapping("/api/organisations/{org}/gender-pay/{first}/{second}")
    ResponseEntity<GenderPayJson> importFinancialYear(
            @PathVariable String org,
            @PathVariable String first,
            @PathVariable String second,
            HttpServletRequest request)
            throws IOException {
        return importPay(org, first + "/" + second, request);
    }

    @PostMapping("/api/organisations/{org}/gender-pay/{period}")
    ResponseEntity<GenderPayJson> importPay(
            @PathVariable String org, @PathVariable String period, HttpServletRequest request) throws IOException {
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
