package org.parity.indicator.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parity.common.BadInputException;
import org.parity.common.RowError;
import org.parity.indicator.GenderPayGap;
import org.parity.indicator.GenderPayGap.PayRecord;
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
 * ({@code sex,hourly_pay,bonus_pay}) become the GPG measures of {@link GenderPayGap}, stored with the
 * figures they were computed from. A financial year's slash may be sent as a path separator
 * ({@code /gender-pay/2023/24}) or as a hyphen ({@code /gender-pay/2023-24}).
 */
@RestController
class GenderPayApi {

    static final List<String> HEADER = List.of("sex", "hourly_pay", "bonus_pay");

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
            result = GenderPayGap.compute(records(body));
        } catch (InvalidFigureException e) {
            throw new BadInputException(
                    e.getMessage() + ": nothing was stored", List.of(new RowError(0, e.getField(), e.getMessage())));
        }
        service.recordDerived(org, result.figures(code), who.username());
        return ResponseEntity.status(HttpStatus.CREATED).body(GenderPayJson.of(code, result));
    }

    /** Every record of the file, or every row's errors at once. */
    static List<PayRecord> records(byte[] body) {
        String text = FigureReader.text(body);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<PayRecord> records = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = csv.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (!header.equals(HEADER)) {
                throw FigureReader.whole(
                        "header",
                        "not a pay records CSV: the header must be sex,hourly_pay,bonus_pay "
                                + "(no other columns: the records must be anonymised), not " + header);
            }
            int row = 0;
            for (CSVRecord r : csv) {
                row++;
                if (r.size() != 3) {
                    errors.add(new RowError(row, "row", "expected 3 columns, found " + r.size()));
                    continue;
                }
                String sex = r.get(0).strip().toUpperCase(Locale.ROOT);
                if (!sex.equals("F") && !sex.equals("M")) {
                    errors.add(new RowError(row, "sex", "sex must be F or M, not '" + r.get(0) + "'"));
                }
                Double hourly = amount(row, "hourly_pay", r.get(1), errors);
                Double bonus = amount(row, "bonus_pay", r.get(2), errors);
                if (hourly != null && bonus != null && (sex.equals("F") || sex.equals("M"))) {
                    records.add(new PayRecord(sex.equals("F"), hourly, bonus));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw FigureReader.whole("body", "not a valid CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors.size() + " row error(s): nothing was stored", errors);
        }
        if (records.isEmpty()) {
            throw FigureReader.whole("body", "the CSV has a header but no rows: nothing was stored");
        }
        return records;
    }

    private static Double amount(int row, String field, String text, List<RowError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new RowError(
                    row, field, field + " is missing" + (field.equals("bonus_pay") ? " (0 when none)" : "")));
            return null;
        }
        int before = errors.size();
        Double v = FigureReader.number(row, field, text.strip().replace("£", ""), errors);
        if (v != null && v < 0) {
            errors.add(new RowError(row, field, field + " must not be negative"));
            return null;
        }
        return errors.size() > before ? null : v;
    }

    /** The response of API.md: percentages 0–100, quartile 1 the lowest paid. */
    record GenderPayJson(
            String period,
            int women,
            int men,
            @JsonProperty("mean_hourly_gap") Double meanHourlyGap,
            @JsonProperty("median_hourly_gap") Double medianHourlyGap,
            @JsonProperty("mean_bonus_gap") Double meanBonusGap,
            @JsonProperty("median_bonus_gap") Double medianBonusGap,
            @JsonProperty("bonus_share_female") Double bonusShareFemale,
            @JsonProperty("bonus_share_male") Double bonusShareMale,
            List<QuartileJson> quartiles) {

        static GenderPayJson of(String period, GenderPayGap.Result r) {
            return new GenderPayJson(
                    period,
                    r.women(),
                    r.men(),
                    r.meanGap(),
                    r.medianGap(),
                    r.meanBonusGap(),
                    r.medianBonusGap(),
                    r.bonusShareFemale(),
                    r.bonusShareMale(),
                    r.quartiles().stream()
                            .map(q -> new QuartileJson(q.quartile(), q.femalePercent(), q.malePercent(), q.headcount()))
                            .toList());
        }
    }

    record QuartileJson(
            int quartile,
            @JsonProperty("female_pct") Double femalePct,
            @JsonProperty("male_pct") Double malePct,
            int headcount) {}
}
