package org.parity.organisation.web;

import java.util.List;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organisations")
class OrganisationApi {

    private final OrganisationAccess access;
    private final CurrentCaller caller;

    OrganisationApi(OrganisationAccess access, CurrentCaller caller) {
        this.access = access;
        this.caller = caller;
    }

    @GetMapping
    List<OrganisationJson> list() {
        return access.visibleTo(caller.get()).stream()
                .map(o -> new OrganisationJson(o.code(), o.name()))
                .toList();
    }

    record OrganisationJson(String code, String name) {}
}
