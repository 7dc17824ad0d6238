package org.parity.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parity.report.render.CsvDocument;
import org.parity.report.render.Figures;
import org.parity.report.render.HtmlDocument;
import org.parity.report.render.PdfDocument;
import org.parity.report.render.SystemDocuments;
import org.parity.report.render.XlsxDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Renders a report in each format, and hashes its content: what issuing stores and the API serves. */
@Service
public class ReportDocuments {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final HtmlDocument html;
    private final PdfDocument pdf;
    private final SystemDocuments system;
    private final MessageSource messages;

    ReportDocuments(HtmlDocument html, PdfDocument pdf, SystemDocuments system, MessageSource messages) {
        this.html = html;
        this.pdf = pdf;
        this.system = system;
        this.messages = messages;
    }

    /** The live system comparison in a format. */
    public ReportDocument render(SystemReport report, ReportFormat format) {
        return render(report, format, null);
    }

    /** The system comparison in a format, stamped when issued (null: live). */
    public ReportDocument render(SystemReport report, ReportFormat format, Stamp stamp) {
        byte[] bytes = switch (format) {
            case HTML -> system.html(report, false, stamp).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> pdf.render(system.html(report, true, stamp));
            case XLSX -> system.xlsx(report);
            case CSV -> system.csv(report);
        };
        String name = stamp != null
                ? "parity-system-" + report.system() + "-issued-" + stamp.id()
                : "parity-system-" + report.system() + "-"
                        + (report.standard() == null ? "all" : report.standard().toLowerCase()) + "-"
                        + (report.period() == null ? "latest" : report.period().replace('/', '-')) + "-"
                        + report.asOf();
        return new ReportDocument(bytes, format.mediaType(), name + "." + format.extension(), sha256(bytes));
    }

    public ReportDocument render(BoardReport report, ReportFormat format, Stamp stamp) {
        byte[] bytes = switch (format) {
            case HTML -> html.render(report, stamp, false).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> pdf.render(html.render(report, stamp, true));
            case XLSX -> new XlsxDocument(new Figures(messages)).render(report, stamp);
            case CSV -> new CsvDocument().render(report, stamp);
        };
        return new ReportDocument(bytes, format.mediaType(), filename(report, stamp, format), sha256(bytes));
    }

    /** The board summary as an HTML document or a PDF (a summary has no spreadsheet: its figures are the report's). */
    public ReportDocument render(BoardSummary summary, ReportFormat format) {
        byte[] bytes = switch (format) {
            case HTML -> html.summary(summary, false).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> pdf.render(html.summary(summary, true));
            case XLSX, CSV ->
                throw new org.parity.common.BadInputException(
                        "a board summary is html or pdf",
                        java.util.List.of(new org.parity.common.RowError(
                                0, "format", "expected html or pdf (the full report has xlsx and csv)")));
        };
        BoardReport.Scope s = summary.scope();
        String name = "parity-summary-" + s.organisation() + "-"
                + (s.standard() == null ? "all" : s.standard().toLowerCase()) + "-"
                + (s.period() == null ? "latest" : s.period().replace('/', '-')) + "-" + s.asOf();
        return new ReportDocument(bytes, format.mediaType(), name + "." + format.extension(), sha256(bytes));
    }

    /** SHA-256 of the report's canonical JSON: the same figures, actions and narrative give the same hash. */
    public String contentHash(BoardReport report) {
        return canonicalHash(report);
    }

    /** SHA-256 of the system comparison's canonical JSON. */
    public String contentHash(SystemReport report) {
        return canonicalHash(report);
    }

    private static String canonicalHash(Object report) {
        try {
            return sha256(CANONICAL.writeValueAsBytes(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String filename(BoardReport report, Stamp stamp, ReportFormat format) {
        BoardReport.Scope s = report.scope();
        String name = stamp != null
                ? "parity-report-" + s.organisation() + "-issued-" + stamp.id()
                : "parity-report-" + s.organisation() + "-"
                        + (s.standard() == null ? "all" : s.standard().toLowerCase()) + "-"
                        + (s.period() == null ? "latest" : s.period().replace('/', '-')) + "-" + s.asOf();
        return name + "." + format.extension();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
