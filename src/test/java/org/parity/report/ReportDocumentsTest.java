package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.progress.ProgressService;
import org.parity.report.BoardReport.IndicatorRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The report's documents: the JSON of API.md, PDF text, numeric spreadsheet cells, CSV round trip, inert formulas. */
@ParityTest
class ReportDocumentsTest {

    static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"click\") <script>alert(1)</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportService reports;

    @Autowired
    ReportDocuments documents;

    @Autowired
    ProgressService progress;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "parity-demo");
    }

    private BoardReport kmpt(String standard) {
        return reports.live(ReportContentTest.EDI_KMPT, ReportQuery.of("kmpt", standard, null));
    }

    @Test
    void theJsonReportHasTheShapeOfApiMd() throws Exception {
        mvc.perform(get("/api/organisations/kmpt/report")
                        .param("standard", "WRES")
                        .with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == 'WRES2')].value", hasItem(1.18)))
                .andExpect(jsonPath("$.indicators[?(@.code == 'WRES2')].previous", hasItem(2.58)))
                .andExpect(jsonPath("$.indicators[?(@.code == 'WRES2')].status", hasItem("better")))
                .andExpect(jsonPath("$.actions[0].id").isNumber())
                .andExpect(jsonPath("$.actions[0].working").isString())
                .andExpect(jsonPath("$.actions[0].overdue").isBoolean());
        mvc.perform(get("/api/organisations/kmpt/report").with(as("board@kmpt")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/organisations/kmpt/report").param("format", "pdf").with(as("board@kmpt")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/organisations/kmpt/report").with(as("edi@kings"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/organisations/kmpt/report")
                        .param("format", "docx")
                        .with(as("edi@kmpt")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/organisations/kmpt/report")
                        .param("format", "html")
                        .with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                startsWith("default-src 'none'; img-src data:; style-src 'sha256-")));
        mvc.perform(get("/api/systems/kent-medway/report").with(as("ics@kent-medway")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisations[0]").value("ekhuft"));
        mvc.perform(get("/api/systems/kent-medway/report").with(as("edi@kmpt"))).andExpect(status().isNotFound());
    }

    @Test
    void thePdfHoldsTheSummaryRowsAndPageNumbers() throws Exception {
        BoardReport report = kmpt(null);
        byte[] pdf = documents.render(report, ReportFormat.PDF, null).bytes();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "report-kmpt.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            assertThat(text).contains("Board progress report: Kent and Medway NHS and Social Care Partnership Trust");
            assertThat(text)
                    .contains("Contents")
                    .contains("Performance summary")
                    .contains("Trends");
            // the summary row: code, period, value, previous, change, better or worse
            assertThat(text).contains("WRES2 2024/25 1.18 2.58 \u22121.40 Better");
            assertThat(text).contains("WRES5 BAME 2024 42.7% 35.2% +7.5 pp Worse");
            assertThat(text).contains("Better").contains("Worse").contains("fewer than 10");
            assertThat(text).contains("Page 1 of " + doc.getNumberOfPages());
            float width = doc.getPage(0).getMediaBox().getWidth();
            assertThat(width).isBetween(594f, 596f); // A4: 595 points wide
        }
    }

    @Test
    void spreadsheetNumbersAreNumbersAndDatesAreDates() throws Exception {
        BoardReport report = kmpt(null);
        byte[] xlsx = documents.render(report, ReportFormat.XLSX, null).bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = book.getSheet("Summary");
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            Row wres2 = find(summary, 0, "WRES2");
            assertThat(wres2.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(wres2.getCell(6).getNumericCellValue()).isEqualTo(1.18);
            assertThat(wres2.getCell(8).getNumericCellValue()).isEqualTo(2.58);
            assertThat(wres2.getCell(9).getNumericCellValue()).isEqualTo(-1.4);
            assertThat(wres2.getCell(10).getStringCellValue()).isEqualTo("Better");
            Row wdes3 = find(summary, 0, "WDES3");
            assertThat(wdes3.getCell(6).getStringCellValue()).isEqualTo("fewer than 10");
            Sheet actions = book.getSheet("Actions");
            Row dated = null;
            for (Row row : actions) {
                if (row.getRowNum() > 0 && row.getCell(9) != null) {
                    dated = row;
                    break;
                }
            }
            assertThat(dated).isNotNull();
            assertThat(dated.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(dated.getCell(9))).isTrue();
            assertThat(book.getSheetIndex("Exceptions")).isPositive();
            assertThat(book.getSheetIndex("Narrative")).isPositive();
            assertThat(book.getSheetIndex("Trends")).isPositive();
        }
    }

    @Test
    void theCsvZipParsesBackToTheSameRows() throws Exception {
        BoardReport report = kmpt(null);
        Map<String, List<CSVRecord>> files =
                unzip(documents.render(report, ReportFormat.CSV, null).bytes());
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(org.parity.report.render.CsvDocument.FILES);
        List<CSVRecord> summary = files.get("summary.csv");
        assertThat(summary).hasSize(report.indicators().size());
        for (int i = 0; i < summary.size(); i++) {
            IndicatorRow row = report.indicators().get(i);
            CSVRecord rec = summary.get(i);
            assertThat(rec.get("code")).isEqualTo(row.code());
            assertThat(rec.get("group")).isEqualTo(row.group() == null ? "" : row.group());
            assertThat(rec.get("status")).isEqualTo(row.status());
            assertThat(rec.get("value").isEmpty() ? null : Double.valueOf(rec.get("value")))
                    .isEqualTo(row.value());
            assertThat(rec.get("change").isEmpty() ? null : Double.valueOf(rec.get("change")))
                    .isEqualTo(row.change());
        }
        assertThat(files.get("actions.csv")).hasSize(report.actions().size());
        assertThat(files.get("actions.csv").get(0).get("id"))
                .isEqualTo(String.valueOf(report.actions().get(0).id()));
        assertThat(files.get("narrative.csv")).hasSize(report.narrative().size());
        assertThat(files.get("exceptions.csv")).hasSize(report.exceptions().size());
    }

    @Test
    @Transactional
    void aFormulaInANarrativeIsInertInEveryFormat() throws Exception {
        Long actionId = kmpt(null).actions().get(0).id();
        progress.recordPublished(actionId, List.of(EVIL), "test");
        BoardReport report = kmpt(null);
        assertThat(report.narrative()).anyMatch(n -> n.narrative().equals(EVIL));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                documents.render(report, ReportFormat.XLSX, null).bytes()))) {
            Cell cell = find(book.getSheet("Narrative"), 6, EVIL).getCell(6);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        List<CSVRecord> narrative =
                unzip(documents.render(report, ReportFormat.CSV, null).bytes()).get("narrative.csv");
        assertThat(narrative).anyMatch(r -> r.get("narrative").equals("'" + EVIL));
        assertThat(narrative).noneMatch(r -> r.get("narrative").startsWith("="));
        String html =
                new String(documents.render(report, ReportFormat.HTML, null).bytes(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;) &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    void theHtmlDocumentNeedsNoInlineStylesBeyondItsOwnStylesheet() {
        String html = new String(
                documents.render(kmpt("WRES"), ReportFormat.HTML, null).bytes(), StandardCharsets.UTF_8);
        assertThat(html.split("<style", -1)).hasSize(2); // the one stylesheet the CSP allows by hash
        // chart styles became SVG attributes, whichever quote JFreeSVG writes them with
        assertThat(html).doesNotContainPattern("\\sstyle\\s*=");
        assertThat(html).containsPattern("<svg [^>]*aria-label=\"Trend chart of WRES2[^>]*role=\"img\"");
        assertThat(html).contains("@media print").contains("size: A4");
    }

    @Test
    void theSystemComparisonComesInTheSameFormats() throws Exception {
        SystemReport system = reports.system(
                new org.parity.people.Caller(
                        "ics@kent-medway", "ICS", java.util.Set.of(org.parity.people.Role.ICS), null, "kent-medway"),
                "kent-medway",
                "WRES",
                null);
        byte[] pdf = documents.render(system, ReportFormat.PDF).bytes();
        Files.write(Path.of("target", "report-system.pdf"), pdf); // to look at
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Kent and Medway NHS and Social Care Partnership Trust")
                    .contains("East Kent Hospitals University NHS Foundation Trust")
                    .contains("WRES2")
                    .contains("1.18");
        }
        List<CSVRecord> indicators =
                unzip(documents.render(system, ReportFormat.CSV).bytes()).get("indicators.csv");
        assertThat(indicators)
                .anyMatch(r -> r.get("code").equals("WRES2")
                        && r.get("organisation").equals("kmpt")
                        && r.get("value").equals("1.18")
                        && r.get("status").equals("better"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                documents.render(system, ReportFormat.XLSX).bytes()))) {
            Row wres2 = find(book.getSheetAt(0), 0, "WRES2");
            int kmptValue = 3 + 3 * system.organisations().indexOf("kmpt");
            assertThat(wres2.getCell(kmptValue).getNumericCellValue()).isEqualTo(1.18);
        }
        mvc.perform(get("/api/systems/kent-medway/report")
                        .param("format", "xlsx")
                        .with(as("ics@kent-medway")))
                .andExpect(status().isOk());
    }

    static Row find(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
    }

    static Map<String, List<CSVRecord>> unzip(byte[] zip) throws Exception {
        Map<String, List<CSVRecord>> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                files.put(
                        entry.getName(),
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))
                                .getRecords());
            }
        }
        return files;
    }
}
