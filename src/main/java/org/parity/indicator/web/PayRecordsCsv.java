package org.parity.indicator.web;

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
import org.parity.indicator.GenderPayGap.PayRecord;

/**
 * Reads anonymised pay records ({@code sex,hourly_pay,bonus_pay}, nothing else) from a CSV upload of
 * {@link GenderPayApi}: every record, or every row's errors at once.
 */
final class PayRecordsCsv {

    static final List<String> HEADER = List.of("sex", "hourly_pay", "bonus_pay");

    private PayRecordsCsv() {}

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
}
