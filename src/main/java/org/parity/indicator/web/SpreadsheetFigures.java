package org.parity.indicator.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an XLSX upload (same columns as the CSV import) into CSV text, so that one
 * reader checks both. Numbers keep their full value, whatever the cell's display format; text cells
 * are taken as typed. A file that is not a spreadsheet is refused whole.
 */
final class SpreadsheetFigures {

    private SpreadsheetFigures() {
    }

    static byte[] toCsv(byte[] xlsx) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw FigureReader.whole("body", "the spreadsheet has no sheets");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            StringWriter out = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                int width = -1;
                for (Row row : sheet) {
                    if (width < 0) {
                        width = row.getLastCellNum();
                    }
                    List<String> cells = new ArrayList<>();
                    boolean blank = true;
                    for (int c = 0; c < width; c++) {
                        String text = text(row.getCell(c), formatter);
                        blank &= text.isBlank();
                        cells.add(text);
                    }
                    if (!blank) {
                        csv.printRecord(cells);
                    }
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException | org.apache.poi.EmptyFileException | org.apache.poi.UnsupportedFileFormatException e) {
            throw FigureReader.whole("file", "not an XLSX spreadsheet: nothing was stored");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).strip();
    }
}
