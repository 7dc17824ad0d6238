package org.parity.organisation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.audit.AuditLog;
import org.parity.common.NotFoundException;
import org.parity.organisation.internal.OrganisationRepository;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenancy: which organisations' data a caller may read. Admins read all; an ICS user reads the
 * organisations of their system; everyone else reads their own organisation only.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationAccess {

    private final OrganisationRepository organisations;
    private final AuditLog audit;

    OrganisationAccess(OrganisationRepository organisations, AuditLog audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    public List<Organisation> visibleTo(Caller caller) {
        if (caller.isAdmin()) {
            return organisations.findAllByOrderByCode().stream()
                    .map(Organisations::view)
                    .toList();
        }
        if (caller.has(Role.ICS) && caller.systemCode() != null) {
            return organisations.findBySystemCodeOrderByCode(caller.systemCode()).stream()
                    .map(Organisations::view)
                    .toList();
        }
        if (caller.organisationCode() == null) {
            return List.of();
        }
        return organisations
                .findById(caller.organisationCode())
                .map(o -> List.of(Organisations.view(o)))
                .orElse(List.of());
    }

    public Set<String> visibleCodes(Caller caller) {
        return visibleTo(caller).stream().map(Organisation::code).collect(Collectors.toSet());
    }

    public boolean canRead(Caller caller, String organisationCode) {
        return visibleCodes(caller).contains(organisationCode);
    }

    /** The organisation, if this caller may read it; otherwise 404 (its existence must not leak). */
    public Organisation readable(Caller caller, String organisationCode) {
        if (!canRead(caller, organisationCode)) {
            audit.recordAlone(
                    AuditLog.Entry.of(caller.username(), organisationCode, "ORGANISATION", organisationCode, "REFUSED")
                            .detail("not visible to this user: answered 404"));
            throw new NotFoundException("organisation " + organisationCode);
        }
        return organisations
                .findById(organisationCode)
                .map(Organisations::view)
                .orElseThrow(() -> new NotFoundException("organisation " + organisationCode));
    }
}
