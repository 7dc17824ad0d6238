package org.parity.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parity.report.BoardReport;
import org.parity.report.BoardReport.ActionRow;
import org.parity.report.BoardReport.ExceptionRow;
import org.parity.report.BoardReport.IndicatorRow;
import org.parity.report.BoardReport.NarrativeEntry;
import org.parity.report.BoardReport.Trend;
import org.parity.report.BoardReport.TrendSeries;
import org.parity.report.Stamp;

/**
 * The report as a workbook: a sheet per section, numbers as numeric cells, dates as date cells, frozen
 * header rows. Text that a spreadsheet would read as a formula (= + - @) is stored quote-prefixed: inert.
 */
public final class XlsxDocument {

    private final Figures fmt;
    private XSSFWorkbook book;
    private CellStyle header;
    private CellStyle date;
    private CellStyle quoted;
    private CellStyle wrap;

    public XlsxDocument(Figures fmt) {
        this.fmt = fmt;
    }

    public byte[] render(BoardReport report, Stamp stamp) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book = workbook;
            styles();
            about(report, stamp);
            summary(report.indicators());
            counts(report);
            actions(report.actions());
            exceptions(report.exceptions());
            narrative(report.narrative());
            trends(report.trends());
            book.getProperties()
                    .getCoreProperties()
                    .setCreated(java.util.Optional.of(java.util.Date.from(
                            report.scope().asOf().atStartOfDay().toInstant(ZoneOffset.UTC))));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void styles() {
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        date = book.createCellStyle();
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        quoted = book.createCellStyle();
        quoted.setQuotePrefixed(true);
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
    }

    private void about(BoardReport report, Stamp stamp) {
        Sheet sheet = sheet("report.sheet.about", List.of("report.about.kind", "report.col.value"), 30, 80);
        int r = 1;
        r = pair(sheet, r, "report.about.organisation", report.scope().organisationName());
        r = pair(sheet, r, "report.scope.standard", orElse(report.scope().standard(), "report.allStandards"));
        r = pair(sheet, r, "report.scope.plan", orElse(report.scope().planTitle(), "report.allPlans"));
        r = pair(sheet, r, "report.scope.period", orElse(report.scope().period(), "report.latest"));
        Row asOf = sheet.createRow(r++);
        text(asOf, 0, fmt.msg("report.scope.asOf"));
        date(asOf, 1, report.scope().asOf());
        if (stamp == null) {
            text(sheet.createRow(r).createCell(0).getRow(), 0, fmt.msg("report.live"));
            return;
        }
        Row number = sheet.createRow(r++);
        text(number, 0, fmt.msg("report.about.number"));
        number.createCell(1).setCellValue(stamp.id());
        Row issued = sheet.createRow(r++);
        text(issued, 0, fmt.msg("report.about.issued"));
        date(issued, 1, LocalDate.ofInstant(stamp.issuedAt(), ZoneOffset.UTC));
        r = pair(sheet, r, "report.about.issuedBy", stamp.issuedBy());
        pair(sheet, r, "report.hash", stamp.contentHash());
    }

    private void summary(List<IndicatorRow> rows) {
        Sheet sheet = sheet(
                "report.sheet.summary",
                List.of(
                        "report.col.code",
                        "report.col.indicator",
                        "report.col.standard",
                        "report.col.group",
                        "report.col.breakdown",
                        "report.col.period",
                        "report.col.value",
                        "report.col.previousPeriod",
                        "report.col.previous",
                        "report.col.change",
                        "report.col.status",
                        "report.col.benchmark",
                        "report.col.flags"),
                12,
                50,
                10,
                10,
                18,
                10,
                12,
                12,
                12,
                10,
                14,
                12,
                30);
        int r = 1;
        for (IndicatorRow i : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, i.code());
            text(row, 1, i.title());
            text(row, 2, i.standard());
            text(row, 3, i.group());
            text(row, 4, i.breakdown());
            text(row, 5, i.period());
            number(row, 6, i.value(), i.suppressed() && i.period() != null);
            text(row, 7, i.previousPeriod());
            number(row, 8, i.previous(), i.suppressed() && i.previousPeriod() != null);
            number(row, 9, i.change(), false);
            text(row, 10, fmt.status(i.status()));
            number(row, 11, i.benchmark(), false);
            text(row, 12, String.join(", ", i.flags()));
        }
    }

    private void counts(BoardReport report) {
        Sheet sheet = sheet(
                "report.sheet.counts",
                List.of("report.about.kind", "report.col.value", "report.about.count"),
                16,
                24,
                10);
        int r = 1;
        for (Map.Entry<String, Integer> e : report.counts().byStatus().entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, fmt.msg("action.status"));
            text(row, 1, fmt.msg("status." + e.getKey()));
            row.createCell(2).setCellValue(e.getValue());
        }
        for (Map.Entry<String, Integer> e : report.counts().byRag().entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, fmt.msg("report.col.rag"));
            text(row, 1, e.getKey().equals("NONE") ? fmt.msg("report.ragNone") : fmt.msg("rag." + e.getKey()));
            row.createCell(2).setCellValue(e.getValue());
        }
    }

    private void actions(List<ActionRow> rows) {
        Sheet sheet = sheet(
                "report.sheet.actions",
                List.of(
                        "report.col.id",
                        "report.col.plan",
                        "report.col.action",
                        "report.col.lead",
                        "report.col.sponsor",
                        "action.status",
                        "report.col.rag",
                        "report.col.percent",
                        "report.col.start",
                        "report.col.due",
                        "report.col.pastDue",
                        "report.col.updateOverdue",
                        "report.col.working"),
                8,
                30,
                50,
                24,
                24,
                12,
                8,
                10,
                11,
                11,
                8,
                8,
                14);
        int r = 1;
        for (ActionRow a : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(a.id());
            text(row, 1, a.plan());
            text(row, 2, a.title());
            text(row, 3, a.lead());
            text(row, 4, a.sponsor());
            text(row, 5, fmt.msg("status." + a.status()));
            text(row, 6, a.rag() == null ? null : fmt.msg("rag." + a.rag()));
            number(
                    row,
                    7,
                    a.percentComplete() == null ? null : a.percentComplete().doubleValue(),
                    false);
            date(row, 8, a.start());
            date(row, 9, a.due());
            row.createCell(10).setCellValue(a.overdue());
            row.createCell(11).setCellValue(a.updateOverdue());
            text(row, 12, fmt.msg("report.working." + a.working()));
        }
    }

    private void exceptions(List<ExceptionRow> rows) {
        Sheet sheet = sheet(
                "report.sheet.exceptions",
                List.of(
                        "report.col.id",
                        "report.col.action",
                        "report.col.reasons",
                        "report.col.milestones",
                        "report.col.lead",
                        "report.col.sponsor",
                        "report.col.due"),
                8,
                50,
                36,
                36,
                24,
                24,
                11);
        int r = 1;
        for (ExceptionRow e : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.actionId());
            text(row, 1, e.title());
            text(
                    row,
                    2,
                    String.join(
                            "; ",
                            e.reasons().stream()
                                    .map(x -> fmt.msg("report.reason." + x))
                                    .toList()));
            text(row, 3, String.join("; ", e.milestones()));
            text(row, 4, e.lead());
            text(row, 5, e.sponsor());
            date(row, 6, e.due());
        }
    }

    private void narrative(List<NarrativeEntry> rows) {
        Sheet sheet = sheet(
                "report.sheet.narrative",
                List.of(
                        "report.col.id",
                        "report.col.action",
                        "report.col.date",
                        "report.col.author",
                        "report.col.rag",
                        "report.col.percent",
                        "report.col.narrative",
                        "report.col.source"),
                8,
                40,
                11,
                20,
                8,
                8,
                80,
                12);
        int r = 1;
        for (NarrativeEntry n : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(n.actionId());
            text(row, 1, n.actionTitle());
            date(row, 2, n.date());
            text(row, 3, n.author());
            text(row, 4, n.rag() == null ? null : fmt.msg("rag." + n.rag()));
            number(
                    row,
                    5,
                    n.percentComplete() == null ? null : n.percentComplete().doubleValue(),
                    false);
            text(row, 6, n.narrative());
            text(row, 7, n.source());
        }
    }

    private void trends(List<Trend> trends) {
        Sheet sheet = sheet(
                "report.sheet.trends",
                List.of("report.col.code", "report.col.series", "report.col.period", "report.col.value"),
                12,
                28,
                10,
                12);
        int r = 1;
        for (Trend t : trends) {
            for (TrendSeries s : t.series()) {
                for (int i = 0; i < t.periods().size(); i++) {
                    if (s.values().get(i) == null && !s.suppressed().get(i)) {
                        continue;
                    }
                    Row row = sheet.createRow(r++);
                    text(row, 0, t.code());
                    text(row, 1, s.label());
                    text(row, 2, t.periods().get(i));
                    number(row, 3, s.values().get(i), s.suppressed().get(i));
                }
            }
        }
    }

    // ---- cells ----

    private Sheet sheet(String nameKey, List<String> headerKeys, int... widths) {
        Sheet sheet = book.createSheet(fmt.msg(nameKey));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headerKeys.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(fmt.msg(headerKeys.get(i)));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private int pair(Sheet sheet, int r, String key, String value) {
        Row row = sheet.createRow(r);
        text(row, 0, fmt.msg(key));
        text(row, 1, value);
        return r + 1;
    }

    private String orElse(String value, String key) {
        return value == null ? fmt.msg(key) : value;
    }

    private void text(Row row, int col, String value) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(col);
        cell.setCellValue(value);
        if (Figures.formulaLike(value)) {
            cell.setCellStyle(quoted);
        } else if (value.length() > 60) {
            cell.setCellStyle(wrap);
        }
    }

    private void number(Row row, int col, Double value, boolean suppressed) {
        if (suppressed) {
            row.createCell(col).setCellValue(fmt.msg("report.suppressed"));
        } else if (value != null) {
            row.createCell(col).setCellValue(value);
        }
    }

    private void date(Row row, int col, LocalDate value) {
        if (value != null) {
            var cell = row.createCell(col);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }
}
