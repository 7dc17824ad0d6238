package org.parity.plan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parity.plan.PlanImportRow;

/**
 * The plan import template: the header row and one example row, as CSV (commons-csv) or XLSX (POI). The
 * example's plan, theme, action, timescale and indicators are those of the first action of King's WRES
 * action plan 2024/25 (seed-data/plans/kings-wres-2024-25.yaml); the seed gives it no rationale; its measures,
 * milestone and high impact action are written from its wording to show the format.
 */
final class PlanTemplate {

    static final List<String> EXAMPLE = List.of(
            "Workforce Race Equality Standard: Action Plan 2024/2025",
            "WRES",
            "2024/2025",
            "1 & 9 Overall workforce representation & Board membership",
            "Publish a standalone Ethnicity Pay Gap Report and identify patterns and trends within service areas,"
                    + " departments and occupations and across other protected characteristics.",
            "",
            "lead@kings",
            "sponsor@kings",
            "From Sept 2025",
            "Ethnicity Pay Gap Report published; Patterns reported by service area, department and occupation",
            "WRES1;WRES9",
            "",
            "Ethnicity Pay Gap Report published|||||2026-03-31",
            "HIA3");

    private PlanTemplate() {}

    static byte[] csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(PlanImportRow.COLUMNS);
            printer.printRecord(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Plan");
            write(sheet.createRow(0), PlanImportRow.COLUMNS);
            write(sheet.createRow(1), EXAMPLE);
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < PlanImportRow.COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, 30 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
