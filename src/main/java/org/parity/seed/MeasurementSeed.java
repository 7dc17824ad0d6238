package org.parity.seed;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parity.common.Flag;
import org.parity.common.Numbers;
import org.parity.indicator.FigureRow;
import org.parity.indicator.FiguresRejectedException;
import org.parity.indicator.MeasurementService;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads measurements/ORG-*.csv. The organisation is the file name's first part. Each row's flags
 * are explained by its note; a computed indicator with inputs is recomputed and checked.
 */
@Component
class MeasurementSeed {

    static final String[] HEADER = {
        "indicator", "period", "group", "breakdown", "value", "inputs", "source", "document", "flags", "note"
    };

    /**
     * An optional last column: the change the source document printed beside the figure ("4.5% better"),
     * kept so that a summary shows the published word beside Parity's own.
     */
    static final String PUBLISHED_CHANGE = "published_change";

    private final MeasurementService measurements;

    MeasurementSeed(MeasurementService measurements) {
        this.measurements = measurements;
    }

    int load(Resource file, java.util.Set<String> organisations) {
        String name = SeedFiles.name(file);
        String fileName = file.getFilename() == null ? name : file.getFilename();
        String organisation = fileName.contains("-") ? fileName.substring(0, fileName.indexOf('-')) : "";
        if (!organisations.contains(organisation)) {
            throw new SeedException(
                    name,
                    0,
                    "the file name must start with an organisation code and '-' " + "(one of " + organisations + ")");
        }
        List<FigureRow> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = SeedFiles.reader(file);
                CSVParser csv = CSVParser.parse(reader, format)) {
            boolean withPublishedChange = csv.getHeaderNames().size() == HEADER.length + 1
                    && PUBLISHED_CHANGE.equals(csv.getHeaderNames().get(HEADER.length));
            CatalogueSeed.requireHeader(name, csv, HEADER);
            int columns = HEADER.length + (withPublishedChange ? 1 : 0);
            for (CSVRecord r : csv) {
                int line = (int) csv.getCurrentLineNumber();
                if (r.size() != columns) {
                    throw new SeedException(name, line, "expected " + columns + " columns, found " + r.size());
                }
                rows.add(row(name, line, r));
                lines.add(line);
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new SeedException(name, 0, "not a valid CSV: " + e.getMessage(), e);
        }
        try {
            return measurements.recordPublished(organisation, rows, "seed");
        } catch (FiguresRejectedException e) {
            var first = e.getErrors().get(0);
            throw new SeedException(name, lines.get(first.row() - 1), first.field() + ": " + first.message());
        }
    }

    private static FigureRow row(String file, int line, CSVRecord r) {
        String note = blankToNull(r.get("note"));
        List<Flag> flags = new ArrayList<>();
        for (String code : r.get("flags").split(";")) {
            if (!code.isBlank()) {
                flags.add(Flag.of(code.strip(), note));
            }
        }
        return new FigureRow(
                r.get("indicator").strip(),
                r.get("period").strip(),
                r.get("group").strip(),
                r.get("breakdown").strip(),
                number(file, line, "value", r.get("value")),
                inputs(file, line, r.get("inputs")),
                blankToNull(r.get("source")),
                blankToNull(r.get("document")),
                note,
                flags,
                r.isMapped(PUBLISHED_CHANGE) ? blankToNull(r.get(PUBLISHED_CHANGE)) : null);
    }

    static Map<String, Double> inputs(String file, int line, String text) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return inputs;
        }
        for (String pair : text.split(";")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new SeedException(file, line, "inputs must read name=value;name=value, not '" + text + "'");
            }
            inputs.put(kv[0].strip(), number(file, line, "inputs." + kv[0].strip(), kv[1]));
        }
        return inputs;
    }

    private static Double number(String file, int line, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Numbers.decimal(text)
                .orElseThrow(() -> new SeedException(file, line, field + " '" + text + "' is not a number"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
