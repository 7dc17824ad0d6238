package org.parity.plan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parity.common.BadInputException;
import org.parity.common.RowError;
import org.parity.common.SpreadsheetCsv;
import org.parity.common.TextRules;
import org.parity.plan.PlanImportRow;

/**
 * Reads a plan file: CSV (commons-csv, header row first, columns in any order) or the first sheet of an
 * XLSX workbook (POI's streaming reader, turned into the same CSV so that one reader checks both). A row
 * with more or fewer cells than the header is a row error; a header without the template's columns, or a
 * body that is not CSV or XLSX, is refused whole.
 */
final class PlanFile {

    private PlanFile() {}

    /** The rows read, and the errors found while reading them. */
    record Read(List<PlanImportRow> rows, List<RowError> errors) {}

    static BadInputException whole(String field, String message) {
        return new BadInputException(message, List.of(new RowError(0, field, message)));
    }

    static Read csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw whole("file", "The file is empty: nothing was stored");
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        List<PlanImportRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (Reader reader = new StringReader(text);
                CSVParser csv = CSVParser.parse(reader, format)) {
            List<String> header = csv.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (header.stream().anyMatch(h -> TextRules.line("a column name", h).isPresent())) {
                throw whole("header", "Not a plan file: a column name contains a control character");
            }
            List<String> missing = PlanImportRow.COLUMNS.stream()
                    .filter(c -> !header.contains(c))
                    .toList();
            List<String> unknown = header.stream()
                    .filter(h -> !PlanImportRow.COLUMNS.contains(h))
                    .toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                throw whole(
                        "header",
                        "Not a plan file: the header row must name the template's columns ("
                                + String.join(",", PlanImportRow.COLUMNS) + ")"
                                + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing))
                                + (unknown.isEmpty() ? "" : "; unknown " + String.join(", ", unknown)));
            }
            int[] index =
                    PlanImportRow.COLUMNS.stream().mapToInt(header::indexOf).toArray();
            int row = 0;
            for (CSVRecord r : csv) {
                row++;
                if (r.size() != header.size()) {
                    errors.add(new RowError(
                            row, "row", "Expected " + header.size() + " cells, as in the header, found " + r.size()));
                }
                List<String> cells = new ArrayList<>();
                for (int i : index) {
                    cells.add(i < r.size() ? r.get(i) : "");
                }
                rows.add(PlanImportRow.of(row, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw whole("file", "Not a CSV file we can read (" + e.getMessage() + "): nothing was stored");
        }
        return new Read(rows, errors);
    }

    /** Whether the bytes start like a zip archive (an XLSX workbook). */
    static boolean looksLikeXlsx(byte[] body) {
        return SpreadsheetCsv.looksLikeXlsx(body);
    }

    /** The first sheet of a workbook as CSV text (read by {@link SpreadsheetCsv}), capped at {@code maxBytes}. */
    static byte[] xlsxToCsv(InputStream xlsx, long maxBytes) {
        try {
            return SpreadsheetCsv.firstSheet(xlsx, maxBytes);
        } catch (SpreadsheetCsv.Unreadable e) {
            throw whole(
                    "file",
                    switch (e.problem()) {
                        case NO_SHEETS -> "The workbook has no sheets";
                        case TOO_LARGE -> "The workbook holds more than the upload limit allows: nothing was stored";
                        case UNREADABLE -> "Not an XLSX workbook we can read safely: nothing was stored";
                    });
        }
    }
}
