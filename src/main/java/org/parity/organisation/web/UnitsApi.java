package org.parity.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.parity.common.apidocs.ApiTags;
import org.parity.organisation.NewUnit;
import org.parity.organisation.OrgUnit;
import org.parity.organisation.OrgUnits;
import org.parity.organisation.UnitRename;
import org.parity.people.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An organisation's care groups, divisions, directorates and sites (API.md). */
@RestController
@Tag(name = ApiTags.ORGANISATIONS)
class UnitsApi {

    private final OrgUnits units;
    private final CurrentCaller caller;

    UnitsApi(OrgUnits units, CurrentCaller caller) {
        this.units = units;
        this.caller = caller;
    }

    @Operation(
            summary = "An organisation's units",
            description = "Its care groups, divisions, directorates and sites by kind and name: the codes the"
                    + " unit= filters and the unit column of imports take. Everyone who reads the organisation.")
    @ApiResponse(responseCode = "200", description = "The units")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @GetMapping("/api/organisations/{org}/units")
    List<UnitJson> list(@Parameter(description = "Organisation code", example = "ekhuft") @PathVariable String org) {
        return units.of(caller.get(), org).stream().map(UnitJson::of).toList();
    }

    @Operation(
            summary = "Add a unit",
            description = "The organisation's EDI team and admins only; audited (UNIT_ADDED).")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(
            responseCode = "400",
            description = "A missing or malformed code, name or kind, or a code the organisation already has;"
                    + " nothing was changed")
    @ApiResponse(responseCode = "403", description = "The caller reads the organisation but is not its EDI team")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @PostMapping("/api/organisations/{org}/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitJson add(
            @Parameter(description = "Organisation code", example = "ekhuft") @PathVariable String org,
            @RequestBody NewUnit body) {
        return UnitJson.of(units.add(caller.get(), org, body));
    }

    @Operation(
            summary = "Rename a unit",
            description = "Its code stays. The organisation's EDI team and admins only; audited (UNIT_RENAMED).")
    @ApiResponse(responseCode = "200", description = "Renamed")
    @ApiResponse(
            responseCode = "400",
            description = "A missing name or one breaking the text rule; nothing was changed")
    @ApiResponse(responseCode = "403", description = "The caller reads the organisation but is not its EDI team")
    @ApiResponse(responseCode = "404", description = "No such organisation or unit, or not one the caller may read")
    @PutMapping("/api/organisations/{org}/units/{unit}")
    UnitJson rename(
            @Parameter(description = "Organisation code", example = "ekhuft") @PathVariable String org,
            @Parameter(description = "The unit's code", example = "william-harvey") @PathVariable("unit") String code,
            @RequestBody UnitRename body) {
        return UnitJson.of(units.rename(caller.get(), org, code, body));
    }

    record UnitJson(
            @Schema(example = "william-harvey") String code,
            @Schema(example = "William Harvey Hospital") String name,

            @Schema(description = "CARE_GROUP, DIVISION, DIRECTORATE or SITE", example = "SITE")
            String kind) {

        static UnitJson of(OrgUnit u) {
            return new UnitJson(u.code(), u.name(), u.kind());
        }
    }
}
