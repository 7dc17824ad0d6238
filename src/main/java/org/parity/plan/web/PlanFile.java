package org.parity.plan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.parity.common.BadInputException;
import org.parity.common.RowError;
import org.parity.common.TextRules;
import org.parity.plan.PlanImportRow;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a plan file: CSV (commons-csv, header row first, columns in any order) or the first sheet of an
 * XLSX workbook (POI's streaming reader, turned into the same CSV so that one reader checks both). A row
 * with more or fewer cells than the header is a row error; a header without the template's columns, or a
 * body that is not CSV or XLSX, is refused whole.
 */
final class PlanFile {

    /** No part of a workbook (a sheet's XML, the shared strings) may inflate beyond this. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

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
        return body.length > 3 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    /** The first sheet of a workbook as CSV text, capped at {@code maxBytes}. */
    static byte[] xlsxToCsv(InputStream xlsx, long maxBytes) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (OPCPackage pkg = OPCPackage.open(xlsx)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw whole("file", "The workbook has no sheets");
            }
            StringWriter out = new StringWriter();
            try (InputStream sheet = sheets.next();
                    CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        null,
                        new ReadOnlySharedStringsTable(pkg),
                        new SheetRows(printer, out, maxBytes),
                        new PlainNumbers(),
                        false));
                parser.parse(new InputSource(sheet));
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (TooLarge e) {
            throw whole("file", "The workbook holds more than the upload limit allows: nothing was stored");
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | POIXMLException
                | UncheckedIOException
                | IllegalArgumentException
                | IllegalStateException e) {
            throw whole("file", "Not an XLSX workbook we can read safely: nothing was stored");
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each row of the sheet as a CSV record as wide as the header row; blank rows left out. */
    private static final class SheetRows implements SheetContentsHandler {

        private final CSVPrinter printer;
        private final StringWriter out;
        private final long maxBytes;
        private final List<String> cells = new ArrayList<>();
        private int width = -1;

        SheetRows(CSVPrinter printer, StringWriter out, long maxBytes) {
            this.printer = printer;
            this.out = out;
            this.maxBytes = maxBytes;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (width < 0) {
                width = cells.size();
            }
            while (cells.size() < width) {
                cells.add("");
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            try {
                printer.printRecord(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (out.getBuffer().length() > maxBytes) {
                throw new TooLarge();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Numbers as typed in full (2025, 12.5), never as a cell's display format shows them. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            return formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
