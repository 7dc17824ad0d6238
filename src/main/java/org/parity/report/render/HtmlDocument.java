package org.parity.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parity.report.BoardReport;
import org.parity.report.BoardReport.Trend;
import org.parity.report.BoardSummary;
import org.parity.report.Stamp;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as one self-contained HTML document (its stylesheet, print rules and SVG charts inline):
 * what format=html serves and what the PDF is made from.
 */
@Component
public class HtmlDocument {

    public static final String TEMPLATE = "report/document";
    public static final String SUMMARY_TEMPLATE = "report/summary-document";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String css;

    HtmlDocument(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
        try (InputStream in = new ClassPathResource("templates/report/report.css").getInputStream()) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(BoardReport report, Stamp stamp, boolean forPdf) {
        Figures fmt = new Figures(messages);
        Context context = new Context(Locale.UK);
        context.setVariable("report", report);
        context.setVariable("summary", BoardSummary.of(report));
        context.setVariable("stamp", stamp);
        context.setVariable("fmt", fmt);
        context.setVariable("charts", charts(report, fmt));
        context.setVariable("pdf", forPdf);
        context.setVariable("css", css(report.scope().organisationName()));
        return templates.process(TEMPLATE, context);
    }

    /** The board summary as one self-contained HTML document: at most two A4 pages for one standard. */
    public String summary(BoardSummary summary, boolean forPdf) {
        Context context = new Context(Locale.UK);
        context.setVariable("summary", summary);
        context.setVariable("stamp", null);
        context.setVariable("fmt", new Figures(messages));
        context.setVariable("pdf", forPdf);
        context.setVariable("css", css(summary.scope().organisationName()));
        return templates.process(SUMMARY_TEMPLATE, context);
    }

    /** The document stylesheet with its page footer words and running head filled in. */
    public String css(String runningHead) {
        Figures fmt = new Figures(messages);
        return css.replace("{{page}}", fmt.msg("report.page"))
                .replace("{{of}}", fmt.msg("report.pageOf"))
                .replace("{{running}}", runningHead.replace("\"", "'").replace("\\", ""));
    }

    /** One SVG per trend, by indicator code. */
    public static Map<String, String> charts(BoardReport report, Figures fmt) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (Trend t : report.trends()) {
            charts.put(
                    t.code(),
                    Charts.svg(
                            t,
                            fmt.msg("report.trend.chartLabel", t.code(), t.title()),
                            fmt.msg("report.benchmark"),
                            640,
                            260));
        }
        return charts;
    }
}
