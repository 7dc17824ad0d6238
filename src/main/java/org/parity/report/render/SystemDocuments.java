package org.parity.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parity.report.Stamp;
import org.parity.report.SystemReport;
import org.parity.report.SystemReport.Cell;
import org.parity.report.SystemReport.OrganisationActions;
import org.parity.report.SystemReport.SystemRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The system comparison as HTML (and so PDF), XLSX and a CSV zip, like the organisation report. */
@Component
public class SystemDocuments {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final HtmlDocument html;

    SystemDocuments(ITemplateEngine templates, MessageSource messages, HtmlDocument html) {
        this.templates = templates;
        this.messages = messages;
        this.html = html;
    }

    /** The comparison as one HTML document; {@code stamp} says who issued it (null: live). */
    public String html(SystemReport report, boolean forPdf, Stamp stamp) {
        Figures fmt = new Figures(messages);
        Context context = new Context(Locale.UK);
        context.setVariable("system", report);
        context.setVariable("stamp", stamp);
        context.setVariable("fmt", fmt);
        context.setVariable("pdf", forPdf);
        context.setVariable("css", html.css(report.systemName()));
        return templates.process("report/system-document", context);
    }

    public byte[] xlsx(SystemReport report) {
        Figures fmt = new Figures(messages);
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            List<String> heads = new ArrayList<>(
                    List.of(fmt.msg("report.col.code"), fmt.msg("report.col.indicator"), fmt.msg("report.col.group")));
            for (OrganisationActions o : report.actions()) {
                heads.add(o.name() + ": " + fmt.msg("report.col.value"));
                heads.add(o.name() + ": " + fmt.msg("report.col.period"));
                heads.add(o.name() + ": " + fmt.msg("report.col.status"));
            }
            Sheet indicators = sheet(book, fmt.msg("report.system.indicators"), heads, header);
            int r = 1;
            for (SystemRow row : report.indicators()) {
                Row x = indicators.createRow(r++);
                text(x, 0, row.code(), quoted);
                text(x, 1, row.title(), quoted);
                text(x, 2, row.group(), quoted);
                int c = 3;
                for (String org : report.organisations()) {
                    Cell cell = row.cells().get(org);
                    if (cell != null) {
                        if (cell.suppressed()) {
                            x.createCell(c).setCellValue(fmt.msg("report.suppressed"));
                        } else if (cell.value() != null) {
                            x.createCell(c).setCellValue(cell.value());
                        }
                        text(x, c + 1, cell.period(), quoted);
                        text(x, c + 2, fmt.status(cell.status()), quoted);
                    }
                    c += 3;
                }
            }
            List<String> statusHeads = new ArrayList<>(List.of(fmt.msg("report.col.organisation")));
            report.actions().get(0).counts().byStatus().keySet().forEach(s -> statusHeads.add(fmt.msg("status." + s)));
            statusHeads.add(fmt.msg("report.col.count"));
            Sheet actions = sheet(book, fmt.msg("report.system.actions"), statusHeads, header);
            r = 1;
            for (OrganisationActions o : report.actions()) {
                Row x = actions.createRow(r++);
                text(x, 0, o.name(), quoted);
                int c = 1;
                for (int n : o.counts().byStatus().values()) {
                    x.createCell(c++).setCellValue(n);
                }
                x.createCell(c).setCellValue(o.counts().actions());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csv(SystemReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            List<List<Object>> rows = new ArrayList<>();
            for (SystemRow row : report.indicators()) {
                for (Map.Entry<String, Cell> e : row.cells().entrySet()) {
                    Cell c = e.getValue();
                    rows.add(Arrays.asList(
                            row.code(),
                            row.title(),
                            row.group(),
                            e.getKey(),
                            c.period(),
                            c.value(),
                            c.previous(),
                            c.status(),
                            c.suppressed()));
                }
            }
            CsvDocument.file(
                    zip,
                    null,
                    "indicators.csv",
                    List.of(
                            "code",
                            "title",
                            "group",
                            "organisation",
                            "period",
                            "value",
                            "previous",
                            "status",
                            "suppressed"),
                    rows);
            List<List<Object>> actions = new ArrayList<>();
            for (OrganisationActions o : report.actions()) {
                o.counts().byStatus().forEach((status, n) -> actions.add(List.of(o.organisation(), status, n)));
            }
            CsvDocument.file(zip, null, "actions.csv", List.of("organisation", "status", "actions"), actions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Sheet sheet(XSSFWorkbook book, String name, List<String> heads, CellStyle header) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < heads.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(heads.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, (i == 1 ? 50 : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void text(Row row, int col, String value, CellStyle quoted) {
        if (value != null) {
            var cell = row.createCell(col);
            cell.setCellValue(value);
            if (Figures.formulaLike(value)) {
                cell.setCellStyle(quoted);
            }
        }
    }
}
