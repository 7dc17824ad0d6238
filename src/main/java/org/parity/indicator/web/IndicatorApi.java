package org.parity.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.parity.common.apidocs.ApiTags;
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
@Tag(name = ApiTags.INDICATORS)
class IndicatorApi {

    private final IndicatorCatalogue catalogue;
    private final MeasurementQueries measurements;
    private final OrganisationAccess access;
    private final CurrentCaller caller;
    private final org.parity.organisation.OrgUnits units;

    IndicatorApi(
            IndicatorCatalogue catalogue,
            MeasurementQueries measurements,
            OrganisationAccess access,
            CurrentCaller caller,
            org.parity.organisation.OrgUnits units) {
        this.units = units;
        this.catalogue = catalogue;
        this.measurements = measurements;
        this.access = access;
        this.caller = caller;
    }

    @Operation(
            summary = "The indicator catalogue",
            description = "The national indicators of WRES, WDES and the gender pay gap, and the local indicators of"
                    + " the organisations the caller may read.")
    @GetMapping("/api/indicators")
    List<IndicatorJson> indicators(
            @Parameter(
                            description = "Only this standard's indicators",
                            schema = @Schema(allowableValues = {"WRES", "WDES", "GPG"}),
                            example = "WDES")
                    @RequestParam(required = false)
                    String standard) {
        return catalogue.visible(standard, access.visibleCodes(caller.get())).stream()
                .map(IndicatorJson::of)
                .toList();
    }

    @Operation(
            summary = "An organisation's figures",
            description = "Every stored figure, or those of one indicator and/or period: the value, the inputs it was"
                    + " computed from, where it came from and its flags. The organisation's own figures, or with unit"
                    + " those measured for that unit (a unit's figures never mix with the organisation's).")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "400", description = "The organisation has no unit of that code")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @GetMapping("/api/organisations/{org}/measurements")
    List<MeasurementJson> measurements(
            @Parameter(description = "Organisation code", example = "kmpt") @PathVariable String org,
            @Parameter(description = "Indicator code", example = "WDES1") @RequestParam(required = false)
                    String indicator,
            @Parameter(description = "Period: YYYY/YY (financial year) or YYYY (survey year)", example = "2024/25")
                    @RequestParam(required = false)
                    String period,
            @Parameter(
                            description = "A unit's code: its figures instead of the organisation's",
                            example = "william-harvey")
                    @RequestParam(required = false)
                    String unit) {
        Caller who = caller.get();
        access.readable(who, org);
        var chosen = units.filter(org, unit);
        if (chosen.isEmpty()) {
            return measurements.of(org, indicator, period).stream()
                    .map(MeasurementJson::of)
                    .toList();
        }
        var u = chosen.get();
        return measurements.ofUnit(org, u.id()).stream()
                .filter(m -> indicator == null
                        || indicator.isBlank()
                        || m.indicatorCode().equals(indicator.strip()))
                .filter(m -> period == null || period.isBlank() || m.period().equals(period.strip()))
                .map(m -> MeasurementJson.of(m, java.util.Map.of(u.id(), u.code())))
                .toList();
    }

    record IndicatorJson(
            @Schema(example = "WRES2") String code,
            @Schema(example = "WRES") String standard,

            @Schema(
                    example = "Relative likelihood of White applicants being appointed from shortlisting"
                            + " compared with BAME applicants")
            String title,

            @Schema(
                    description = "How the value is expressed",
                    allowableValues = {"PERCENT", "RATIO", "SCORE", "MONEY", "COUNT", "PERCENTAGE_POINTS"},
                    example = "RATIO")
            String unit,

            @Schema(
                    description = "Which way is better",
                    allowableValues = {"LOWER_BETTER", "HIGHER_BETTER", "TOWARDS_PARITY", "TOWARDS_ZERO", "NEUTRAL"},
                    example = "TOWARDS_PARITY")
            String polarity,

            @Schema(description = "The groups a value may be given for; empty when it compares groups")
            List<String> groups,

            @Schema(
                    description = "The inputs it is computed from, when computed",
                    example = "[\"white_shortlisted\", \"white_appointed\", \"bame_shortlisted\", \"bame_appointed\"]")
            List<String> inputs,

            @Schema(example = "RECRUITMENT") String source,

            @Schema(description = "The organisation of a local indicator; null for a national one")
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
