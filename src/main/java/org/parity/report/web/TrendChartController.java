package org.parity.report.web;

import java.util.Locale;
import java.util.Optional;
import org.parity.people.CurrentCaller;
import org.parity.report.BoardReport.Trend;
import org.parity.report.ReportService;
import org.parity.report.render.Charts;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An indicator's trend as an SVG image, for the indicator and action pages (which show the same
 * figures as a table beside it). The same chart the reports draw; tenancy as for the figures.
 */
@RestController
class TrendChartController {

    static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final ReportService reports;
    private final CurrentCaller caller;
    private final MessageSource messages;

    TrendChartController(ReportService reports, CurrentCaller caller, MessageSource messages) {
        this.reports = reports;
        this.caller = caller;
        this.messages = messages;
    }

    @GetMapping("/organisations/{org}/indicators/{code}/trend.svg")
    ResponseEntity<String> trend(@PathVariable String org, @PathVariable String code, Locale locale) {
        Optional<Trend> trend = reports.trend(caller.get(), org, code);
        if (trend.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
        }
        Trend t = trend.get();
        String label = messages.getMessage("chart.label", new Object[] {t.code(), t.title()}, locale);
        String svg = Charts.svg(t, label, messages.getMessage("chart.benchmark", null, locale), 720, 300);
        return ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(CacheControl.noStore())
                .body(svg);
    }
}
