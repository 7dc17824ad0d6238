package org.parity.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.parity.common.apidocs.ApiTags;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = ApiTags.ORGANISATIONS)
@RequestMapping("/api/organisations")
class OrganisationApi {

    private final OrganisationAccess access;
    private final CurrentCaller caller;

    OrganisationApi(OrganisationAccess access, CurrentCaller caller) {
        this.access = access;
        this.caller = caller;
    }

    @Operation(
            summary = "The organisations the caller may read",
            description = "Their own organisation; every organisation of their system for an ICS reader; all of"
                    + " them for a platform admin.")
    @GetMapping
    List<OrganisationJson> list() {
        return access.visibleTo(caller.get()).stream()
                .map(o -> new OrganisationJson(o.code(), o.name()))
                .toList();
    }

    record OrganisationJson(
            @Schema(description = "Lower-case organisation code", example = "kmpt")
            String code,

            @Schema(example = "Kent and Medway NHS and Social Care Partnership Trust")
            String name) {}
}
