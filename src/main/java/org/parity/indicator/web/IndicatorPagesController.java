package org.parity.indicator.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parity.indicator.Indicator;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.indicator.Measurement;
import org.parity.indicator.MeasurementQueries;
import org.parity.indicator.Period;
import org.parity.organisation.Organisation;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The indicator catalogue, an organisation's indicators with figures, and one indicator's values over time. */
@Controller
class IndicatorPagesController {

    static final String CATALOGUE = "indicators/catalogue";
    static final String ORGANISATION = "indicators/organisation";
    static final String INDICATOR = "indicators/indicator";

    private final IndicatorCatalogue catalogue;
    private final MeasurementQueries measurements;
    private final OrganisationAccess access;
    private final CurrentCaller caller;

    IndicatorPagesController(
            IndicatorCatalogue catalogue,
            MeasurementQueries measurements,
            OrganisationAccess access,
            CurrentCaller caller) {
        this.catalogue = catalogue;
        this.measurements = measurements;
        this.access = access;
        this.caller = caller;
    }

    @GetMapping("/indicators")
    String catalogue(Model model) {
        Caller who = caller.get();
        Map<String, List<Indicator>> byStandard = catalogue.visible(null, access.visibleCodes(who)).stream()
                .collect(Collectors.groupingBy(Indicator::standardCode, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("standards", byStandard);
        return CATALOGUE;
    }

    @GetMapping("/organisations/{org}/indicators")
    String organisation(@PathVariable String org, Model model) {
        Caller who = caller.get();
        Organisation organisation = access.readable(who, org);
        Map<String, Long> counts = measurements.of(org, null, null).stream()
                .collect(Collectors.groupingBy(Measurement::indicatorCode, TreeMap::new, Collectors.counting()));
        List<Indicator> withFigures = catalogue.visible(null, access.visibleCodes(who)).stream()
                .filter(i -> counts.containsKey(i.code()))
                .toList();
        model.addAttribute("organisation", organisation);
        model.addAttribute("indicators", withFigures);
        model.addAttribute("counts", counts);
        model.addAttribute("mayImport", access.runsEdiWork(who, org));
        return ORGANISATION;
    }

    @GetMapping("/organisations/{org}/indicators/{code}")
    String indicator(@PathVariable String org, @PathVariable String code, Model model) {
        Caller who = caller.get();
        Organisation organisation = access.readable(who, org);
        Indicator indicator = catalogue.get(code, access.visibleCodes(who));
        List<Measurement> rows = measurements.of(org, code, null).stream()
                .sorted(Comparator.comparing((Measurement m) -> Period.parse(m.period()))
                        .thenComparing(m -> m.groupCode() == null ? "" : m.groupCode())
                        .thenComparing(m -> m.breakdown() == null ? "" : m.breakdown()))
                .toList();
        model.addAttribute("organisation", organisation);
        model.addAttribute("indicator", indicator);
        model.addAttribute("rows", rows);
        model.addAttribute("mayImport", access.runsEdiWork(who, org));
        return INDICATOR;
    }
}
