package org.parity.indicator.web;

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
 * Reads the first sheet of an XLSX upload (same columns as the CSV import) into CSV text, so that one
 * reader checks both. Streaming: the sheet's XML is read as events (POI's XSSF event API), never held
 * whole, and POI's zip-bomb guards refuse a file that inflates far beyond its size or whose parts are
 * larger than {@link #MAX_ENTRY_BYTES}; the CSV it becomes is capped at the upload limit too. Numbers
 * keep their full value, whatever the cell's display format; text cells are taken as typed. A file that
 * is not a spreadsheet is refused whole.
 */
final class SpreadsheetFigures {

    /** No part of an upload (a sheet's XML, the shared strings) may inflate beyond this. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01); // a part 100 times smaller than what it inflates to is a bomb
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private SpreadsheetFigures() {}

    static byte[] toCsv(InputStream xlsx, long maxCsvBytes) {
        try (OPCPackage pkg = OPCPackage.open(xlsx)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw FigureReader.whole("file", "the spreadsheet has no sheets");
            }
            StringWriter out = new StringWriter();
            try (InputStream sheet = sheets.next();
                    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                Rows rows = new Rows(csv, out, maxCsvBytes);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        null,
                        new ReadOnlySharedStringsTable(pkg),
                        rows,
                        new FullValues(),
                        false));
                parser.parse(new InputSource(sheet));
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (TooLarge e) {
            throw FigureReader.whole(
                    "file", "the spreadsheet holds more than the upload limit allows: nothing was stored");
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | POIXMLException
                | UncheckedIOException
                | IllegalArgumentException
                | IllegalStateException e) { // POI: empty or unsupported files are IllegalArgument
            throw FigureReader.whole("file", "not an XLSX spreadsheet we can read safely: nothing was stored");
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
                throw new TooLarge();
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

    /** Numbers as their full value (0.125, not the 13% a cell may display). */
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

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
