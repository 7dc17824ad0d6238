package org.parity.indicator.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parity.common.BadInputException;
import org.parity.common.Flag;
import org.parity.common.Numbers;
import org.parity.common.RowError;
import org.parity.common.TextRules;
import org.parity.indicator.FigureRow;
import org.parity.indicator.Measurement;
import org.parity.indicator.MeasurementService;

/**
 * Reads an import's rows from CSV or JSON. Whatever cannot be read (a value that is not a number,
 * inputs that are not {@code name=value;name=value}) becomes a row error and the row goes on with
 * that field empty, so that the service reports every error of every row in one pass. A body that
 * is not CSV or JSON at all is refused whole.
 */
final class FigureReader {

    static final List<String> REQUIRED = List.of("indicator", "period", "group", "value", "source");
    static final Set<String> OPTIONAL = Set.of("breakdown", "inputs", "document", "note", "published_change", "unit");
    /** The fields a JSON row may have: those of the contract's row ({@link FigureRowJson}). */
    private static final Set<String> JSON_FIELDS = FigureRowJson.FIELDS;

    private FigureReader() {}

    /** The rows read, and the errors found while reading them. */
    record Result(List<FigureRow> rows, List<RowError> errors) {}

    /** The body of a request, refused with 413 once it passes {@code limit} bytes. */
    static byte[] read(InputStream in, long declaredLength, long limit) {
        if (declaredLength > limit) {
            throw ImportRefusedException.tooLarge(limit);
        }
        try {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw ImportRefusedException.tooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw whole("body", "the upload is empty: nothing was stored");
        }
        return text;
    }

    static Result csv(byte[] body) {
        String text = text(body);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get(); // no trim: it would also strip control characters unseen
        List<FigureRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (Reader reader = new StringReader(text);
                CSVParser csv = CSVParser.parse(reader, format)) {
            List<String> header = csv.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (header.stream().anyMatch(h -> TextRules.line("a column name", h).isPresent())) {
                throw whole("header", "not a figures CSV: a column name contains a control character");
            }
            List<String> missing =
                    REQUIRED.stream().filter(h -> !header.contains(h)).toList();
            List<String> unknown = header.stream()
                    .filter(h -> !REQUIRED.contains(h) && !OPTIONAL.contains(h))
                    .toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                throw whole(
                        "header",
                        "not a figures CSV: the header must be indicator,period,group,value,source "
                                + "(breakdown, inputs, document, note, published_change, unit optional)"
                                + (missing.isEmpty() ? "" : "; missing " + missing)
                                + (unknown.isEmpty() ? "" : "; unknown " + unknown));
            }
            Map<String, Integer> column = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                column.put(header.get(i), i);
            }
            int row = 0;
            for (CSVRecord r : csv) {
                row++;
                if (r.size() != header.size()) {
                    errors.add(new RowError(row, "row", "expected " + header.size() + " columns, found " + r.size()));
                }
                Map<String, String> cells = new LinkedHashMap<>();
                column.forEach((name, index) -> cells.put(name, index < r.size() ? r.get(index) : null));
                rows.add(row(
                        row,
                        cells.get("indicator"),
                        cells.get("period"),
                        cells.get("group"),
                        cells.get("breakdown"),
                        cells.get("value"),
                        inputs(row, cells.get("inputs"), errors),
                        cells.get("source"),
                        cells.get("document"),
                        cells.get("note"),
                        cells.get("published_change"),
                        cells.get("unit"),
                        errors));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw whole("body", "not a valid CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw whole("body", "the CSV has a header but no rows: nothing was stored");
        }
        return new Result(rows, errors);
    }

    static Result json(byte[] body, ObjectMapper mapper) {
        String text = text(body);
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw whole("body", "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw whole("body", "the body must be a JSON array of rows");
        }
        if (root.isEmpty()) {
            throw whole("body", "the JSON array has no rows: nothing was stored");
        }
        List<FigureRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int row = 0;
        for (JsonNode node : root) {
            row++;
            if (!node.isObject()) {
                errors.add(new RowError(row, "row", "each row must be a JSON object"));
                rows.add(new FigureRow(null, null, null, null, null, null, null, null, null, null));
                continue;
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!JSON_FIELDS.contains(name)) {
                    errors.add(new RowError(row, name, "unknown field '" + name + "' (expected " + JSON_FIELDS + ")"));
                }
            }
            Map<String, Double> inputs = new LinkedHashMap<>();
            JsonNode in = node.get("inputs");
            if (in != null && !in.isNull()) {
                if (!in.isObject()) {
                    errors.add(new RowError(row, "inputs", "inputs must be an object {name: number}"));
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        String field = "inputs." + e.getKey();
                        JsonNode n = e.getValue();
                        if (n != null && !n.isNull() && !n.isNumber() && !n.isTextual()) {
                            errors.add(new RowError(row, field, "input " + e.getKey() + " must be a number"));
                            continue;
                        }
                        String given = jsonText(row, field, n, errors);
                        Double v = number(row, field, given, errors);
                        if (v != null) {
                            inputs.put(e.getKey(), v);
                        } else if (given == null || given.isBlank()) {
                            errors.add(new RowError(row, field, "input " + e.getKey() + " is empty"));
                        }
                    }
                }
            }
            rows.add(row(
                    row,
                    jsonText(row, "indicator", node.get("indicator"), errors),
                    jsonText(row, "period", node.get("period"), errors),
                    jsonText(row, "group", node.get("group"), errors),
                    jsonText(row, "breakdown", node.get("breakdown"), errors),
                    jsonNumber(row, node.get("value"), errors),
                    inputs,
                    jsonText(row, "source", node.get("source"), errors),
                    jsonText(row, "document", node.get("document"), errors),
                    jsonText(row, "note", node.get("note"), errors),
                    jsonText(row, "publishedChange", node.get("publishedChange"), errors),
                    jsonText(row, "unit", node.get("unit"), errors),
                    errors));
        }
        return new Result(rows, errors);
    }

    private static FigureRow row(
            int row,
            String indicator,
            String period,
            String group,
            String breakdown,
            String value,
            Map<String, Double> inputs,
            String source,
            String document,
            String note,
            String publishedChange,
            String unit,
            List<RowError> errors) {
        indicator = checked(row, "indicator", indicator, 40, false, errors);
        period = checked(row, "period", period, 20, false, errors);
        group = checked(row, "group", group, 60, false, errors);
        breakdown = checked(row, "breakdown", breakdown, 120, false, errors);
        source = checked(row, "source", source, 40, false, errors);
        document = checked(row, "document", document, 200, false, errors);
        note = checked(row, "note", note, 4000, true, errors);
        publishedChange = checked(row, "publishedChange", publishedChange, 200, false, errors);
        value = checked(row, "value", value, 60, false, errors);
        unit = checked(row, "unit", unit, 60, false, errors);
        if (source != null && !source.isBlank() && !Measurement.SOURCES.contains(source.strip())) {
            errors.add(new RowError(
                    row,
                    "source",
                    "unknown source '" + source.strip() + "' (expected one of " + Measurement.SOURCES + ")"));
            source = null;
        }
        List<Flag> flags = value != null && value.strip().endsWith("%")
                ? List.of(Flag.of(MeasurementService.WRITTEN_AS_PERCENT, value.strip()))
                : List.of();
        return new FigureRow(
                blankToNull(indicator),
                blankToNull(period),
                blankToNull(group),
                blankToNull(breakdown),
                number(row, "value", value, errors),
                inputs,
                blankToNull(source),
                blankToNull(document),
                blankToNull(note),
                flags,
                blankToNull(publishedChange),
                blankToNull(unit));
    }

    /** {@code name=value;name=value}, as in the seed files. */
    static Map<String, Double> inputs(int row, String text, List<RowError> errors) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return inputs;
        }
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                errors.add(new RowError(row, "inputs", "inputs must read name=value;name=value, not '" + text + "'"));
                return Map.of();
            }
            Double v = number(row, "inputs." + kv[0].strip(), kv[1], errors);
            if (v != null) {
                inputs.put(kv[0].strip(), v);
            } else if (kv[1].isBlank()) {
                errors.add(new RowError(row, "inputs." + kv[0].strip(), "input " + kv[0].strip() + " is empty"));
            }
        }
        return inputs;
    }

    /**
     * A number as people write it in a spreadsheet: digits with an optional sign, decimals and
     * exponent, and an optional trailing {@code %} (kept as written: 12.5% is 12.5). Not hexadecimal,
     * not {@code NaN}, not {@code Infinity}, not {@code 1.5d}.
     */
    static Double number(int row, String field, String text, List<RowError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        Optional<Double> number = Numbers.decimal(t);
        if (number.isEmpty()) {
            errors.add(new RowError(row, field, "'" + text + "' is not a number"));
            return null;
        }
        return number.get();
    }

    /** The text of a JSON field; an array or an object where text belongs is an error of that field. */
    private static String jsonText(int row, String field, JsonNode node, List<RowError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            errors.add(new RowError(
                    row,
                    field,
                    field + " must be " + (field.equals("value") ? "a number" : "text") + ", not "
                            + (node.isArray() ? "an array" : "an object")));
            return null;
        }
        return node.asText();
    }

    /** A JSON value as a number: a JSON number, or text that spells one; never true, an array or an object. */
    private static String jsonNumber(int row, JsonNode node, List<RowError> errors) {
        if (node != null && node.isBoolean()) {
            errors.add(new RowError(row, "value", "value must be a number, not " + node.asText()));
            return null;
        }
        if (node != null && node.isNumber() && !Double.isFinite(node.asDouble())) {
            errors.add(new RowError(row, "value", "value " + node.asText() + " is not a finite number"));
            return null;
        }
        return jsonText(row, "value", node, errors);
    }

    /** The cell or field as given, or null (with its error) when it breaks the text rule or its column. */
    private static String checked(
            int row, String field, String value, int max, boolean multiLine, List<RowError> errors) {
        Optional<String> problem = TextRules.problem(field, value, max, multiLine);
        if (problem.isPresent()) {
            errors.add(new RowError(row, field, problem.get()));
            return null;
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static BadInputException whole(String field, String message) {
        return new BadInputException(message, List.of(new RowError(0, field, message)));
    }
}
