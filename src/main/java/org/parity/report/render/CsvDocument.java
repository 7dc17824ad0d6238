package org.parity.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parity.report.BoardReport;
import org.parity.report.BoardReport.ActionRow;
import org.parity.report.BoardReport.ExceptionRow;
import org.parity.report.BoardReport.IndicatorRow;
import org.parity.report.BoardReport.NarrativeEntry;
import org.parity.report.BoardReport.Trend;
import org.parity.report.Stamp;

/**
 * The report as a zip of CSV files, one per table, with the JSON field names as headers (for scripts).
 * A text cell starting with = + - @ (or a tab or carriage return) gets a leading apostrophe so that a
 * spreadsheet opening the file shows it as text instead of running it; numbers are written as numbers.
 */
public final class CsvDocument {

    public static final List<String> FILES = List.of(
            "about.csv", "summary.csv", "counts.csv", "actions.csv", "exceptions.csv", "narrative.csv", "trends.csv");

    public byte[] render(BoardReport report, Stamp stamp) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FileTime time = FileTime.from(report.scope().asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            List<List<Object>> about = new ArrayList<>();
            about.add(List.of("organisation", report.scope().organisation()));
            about.add(Arrays.asList("standard", report.scope().standard()));
            about.add(Arrays.asList("plan", report.scope().planTitle()));
            about.add(Arrays.asList("period", report.scope().period()));
            about.add(List.of("asOf", report.scope().asOf()));
            if (stamp != null) {
                about.add(List.of("issuedReport", stamp.id()));
                about.add(List.of("issuedBy", stamp.issuedBy()));
                about.add(List.of("issuedAt", stamp.issuedAt()));
                about.add(List.of("contentSha256", stamp.contentHash()));
            }
            file(zip, time, "about.csv", List.of("field", "value"), about);
            List<List<Object>> summary = new ArrayList<>();
            for (IndicatorRow r : report.indicators()) {
                summary.add(Arrays.asList(
                        r.code(),
                        r.title(),
                        r.standard(),
                        r.group(),
                        r.breakdown(),
                        r.unit(),
                        r.period(),
                        r.value(),
                        r.previousPeriod(),
                        r.previous(),
                        r.change(),
                        r.status(),
                        r.suppressed(),
                        r.benchmark(),
                        String.join(";", r.flags())));
            }
            file(
                    zip,
                    time,
                    "summary.csv",
                    List.of(
                            "code",
                            "title",
                            "standard",
                            "group",
                            "breakdown",
                            "unit",
                            "period",
                            "value",
                            "previousPeriod",
                            "previous",
                            "change",
                            "status",
                            "suppressed",
                            "benchmark",
                            "flags"),
                    summary);
            List<List<Object>> counts = new ArrayList<>();
            for (Map.Entry<String, Integer> e : report.counts().byStatus().entrySet()) {
                counts.add(List.of("status", e.getKey(), e.getValue()));
            }
            for (Map.Entry<String, Integer> e : report.counts().byRag().entrySet()) {
                counts.add(List.of("rag", e.getKey(), e.getValue()));
            }
            file(zip, time, "counts.csv", List.of("kind", "value", "actions"), counts);
            List<List<Object>> actions = new ArrayList<>();
            for (ActionRow a : report.actions()) {
                actions.add(Arrays.asList(
                        a.id(),
                        a.plan(),
                        a.title(),
                        a.lead(),
                        a.sponsor(),
                        a.status(),
                        a.rag(),
                        a.percentComplete(),
                        a.start(),
                        a.due(),
                        a.overdue(),
                        a.updateOverdue(),
                        a.working()));
            }
            file(
                    zip,
                    time,
                    "actions.csv",
                    List.of(
                            "id",
                            "plan",
                            "title",
                            "lead",
                            "sponsor",
                            "status",
                            "rag",
                            "percentComplete",
                            "start",
                            "due",
                            "overdue",
                            "updateOverdue",
                            "working"),
                    actions);
            List<List<Object>> exceptions = new ArrayList<>();
            for (ExceptionRow e : report.exceptions()) {
                exceptions.add(Arrays.asList(
                        e.actionId(),
                        e.title(),
                        String.join(";", e.reasons()),
                        String.join(";", e.milestones()),
                        e.lead(),
                        e.sponsor(),
                        e.due()));
            }
            file(
                    zip,
                    time,
                    "exceptions.csv",
                    List.of("actionId", "title", "reasons", "milestones", "lead", "sponsor", "due"),
                    exceptions);
            List<List<Object>> narrative = new ArrayList<>();
            for (NarrativeEntry n : report.narrative()) {
                narrative.add(Arrays.asList(
                        n.actionId(),
                        n.actionTitle(),
                        n.date(),
                        n.author(),
                        n.rag(),
                        n.percentComplete(),
                        n.narrative(),
                        n.source()));
            }
            file(
                    zip,
                    time,
                    "narrative.csv",
                    List.of("actionId", "action", "date", "author", "rag", "percentComplete", "narrative", "source"),
                    narrative);
            List<List<Object>> trends = new ArrayList<>();
            for (Trend t : report.trends()) {
                t.series().forEach(s -> {
                    for (int i = 0; i < t.periods().size(); i++) {
                        if (s.values().get(i) != null || s.suppressed().get(i)) {
                            trends.add(Arrays.asList(
                                    t.code(),
                                    s.label(),
                                    s.benchmark(),
                                    t.periods().get(i),
                                    s.values().get(i),
                                    s.suppressed().get(i)));
                        }
                    }
                });
            }
            file(
                    zip,
                    time,
                    "trends.csv",
                    List.of("code", "series", "benchmark", "period", "value", "suppressed"),
                    trends);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One CSV file of a zip; {@code time} stamps it (issued reports are byte for byte the same), or null. */
    static void file(ZipOutputStream zip, FileTime time, String name, List<String> header, List<List<Object>> rows)
            throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (time != null) {
            entry.setLastModifiedTime(time);
        }
        zip.putNextEntry(entry);
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .setRecordSeparator("\r\n")
                        .get());
        for (List<Object> row : rows) {
            csv.printRecord(row.stream().map(CsvDocument::cell).toList());
        }
        csv.flush();
        zip.closeEntry();
    }

    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Figures.plainFull(d);
        }
        String text = value.toString();
        return value instanceof CharSequence && Figures.formulaLike(text) ? "'" + text : text;
    }
}
