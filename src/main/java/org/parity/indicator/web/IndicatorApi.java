package org.parity.indicator.web;

import java.util.List;
import org.parity.indicator.Indicator;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.indicator.MeasurementQueries;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IndicatorApi {

    private final IndicatorCatalogue catalogue;
    private final MeasurementQueries measurements;
    private final OrganisationAccess access;
    private final CurrentCaller caller;

    IndicatorApi(
            IndicatorCatalogue catalogue,
            MeasurementQueries measurements,
            OrganisationAccess access,
            CurrentCaller caller) {
        this.catalogue = catalogue;
        this.measurements = measurements;
        this.access = access;
        this.caller = caller;
    }

    @GetMapping("/api/indicators")
    List<IndicatorJson> indicators(@RequestParam(required = false) String standard) {
        return catalogue.visible(standard, access.visibleCodes(caller.get())).stream()
                .map(IndicatorJson::of)
                .toList();
    }

    @GetMapping("/api/organisations/{org}/measurements")
    List<MeasurementJson> measurements(
            @PathVariable String org,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String period) {
        Caller who = caller.get();
        access.readable(who, org);
        return measurements.of(org, indicator, period).stream()
                .map(MeasurementJson::of)
                .toList();
    }

    record IndicatorJson(
            String code,
            String standard,
            String title,
            String unit,
            String polarity,
            List<String> groups,
            List<String> inputs,
            String source,
            String organisation,
            String description) {
        static IndicatorJson of(Indicator i) {
            return new IndicatorJson(
                    i.code(),
                    i.standardCode(),
                    i.title(),
                    i.unit().name(),
                    i.polarity().name(),
                    i.groups(),
                    i.inputs(),
                    i.dataSource(),
                    i.organisationCode(),
                    i.description());
        }
    }
}
