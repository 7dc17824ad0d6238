package org.parity.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX upload as CSV text, so that one CSV reader checks both kinds of file (the
 * figures import and the plan import use it). Streaming: the sheet's XML is read as events (POI's XSSF
 * event API), never held whole, and POI's zip-bomb guards refuse a file that inflates far beyond its size
 * or whose parts are larger than {@link #MAX_ENTRY_BYTES}; the CSV it becomes is capped too. Numbers keep
 * their full value whatever the cell's display format; text cells are taken as typed (stripped). Each row
 * is as wide as the header row; blank rows are left out. What cannot be read is an {@link Unreadable}
 * saying why, which each caller words for its own page.
 */
public final class SpreadsheetCsv {

    /** No part of an upload (a sheet's XML, the shared strings) may inflate beyond this. */
    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01); // a part 100 times smaller than what it inflates to is a bomb
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** Why a workbook could not be read. */
    public enum Problem {
        NO_SHEETS,
        TOO_LARGE,
        UNREADABLE
    }

    /** A workbook that could not be read, and why. */
    public static final class Unreadable extends RuntimeException {

        private final Problem problem;

        Unreadable(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private SpreadsheetCsv() {}

    /** Whether the bytes start like a zip archive (an XLSX workbook). */
    public static boolean looksLikeXlsx(byte[] body) {
        return body.length > 3 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    /** The first sheet as UTF-8 CSV text of at most {@code maxCsvBytes}. */
    public static byte[] firstSheet(InputStream xlsx, long maxCsvBytes) {
        try (OPCPackage pkg = OPCPackage.open(xlsx)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable(Problem.NO_SHEETS);
            }
            StringWriter out = new StringWriter();
            try (InputStream sheet = sheets.next();
                    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        null,
                        new ReadOnlySharedStringsTable(pkg),
                        new Rows(csv, out, maxCsvBytes),
                        new FullValues(),
                        false));
                parser.parse(new InputSource(sheet));
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (Unreadable e) {
            throw e;
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | POIXMLException
                | UncheckedIOException
                | IllegalArgumentException
                | IllegalStateException e) { // POI: empty or unsupported files are IllegalArgument
            throw new Unreadable(Problem.UNREADABLE);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each row of the sheet as a CSV record, as wide as the header row; blank rows left out. */
    private static final class Rows implements SheetContentsHandler {

        private final CSVPrinter csv;
        private final StringWriter out;
        private final long maxBytes;
        private final List<String> cells = new ArrayList<>();
        private int width = -1;

        Rows(CSVPrinter csv, StringWriter out, long maxBytes) {
            this.csv = csv;
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
            List<String> row = cells.size() > width && width > 0 ? cells.subList(0, width) : cells;
            if (row.stream().allMatch(String::isBlank)) {
                return;
            }
            try {
                csv.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (out.getBuffer().length() > maxBytes) {
                throw new Unreadable(Problem.TOO_LARGE);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(""); // cells left empty in the sheet are not reported
            }
            cells.add(formattedValue == null ? "" : formattedValue.strip());
        }
    }

    /** Numbers as their full value (0.125, not the 13% a cell may display; 2025, not 2,025). */
    private static final class FullValues extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            return formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
