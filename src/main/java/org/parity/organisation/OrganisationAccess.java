package org.parity.organisation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.audit.AuditLog;
import org.parity.common.NotFoundException;
import org.parity.common.RequestMemo;
import org.parity.organisation.internal.OrganisationRepository;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one access policy: who may read which organisation's data, and who may do its EDI team's work.
 *
 * <ul>
 *   <li>Read: admins read every organisation; an ICS user reads the organisations of their system;
 *       everyone else reads their own organisation only. What a caller may not read does not exist for
 *       them (404, audited).
 *   <li>Live work (unissued reports, dashboards of figures in progress): everyone who reads, except
 *       board-only readers, who read issued reports.
 *   <li>The EDI team's work (edit plans, import figures, issue reports, start reporting cycles,
 *       withdraw actions, the EDI dashboard): the organisation's own EDI team, and platform admins
 *       (decided once, here: admins support every organisation and every step they take is audited).
 *   <li>A system's comparison: admins, and the ICS users of that system.
 * </ul>
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

    /** The name under which a request keeps what each caller sees ({@link RequestMemo}). */
    static final String VISIBLE = "organisation.visible";

    /**
     * The organisations this caller reads, in code order. Kept for the rest of the request: a page asks
     * this once per service it calls, and the answer cannot change within it.
     */
    public List<Organisation> visibleTo(Caller caller) {
        return RequestMemo.get(VISIBLE, caller, () -> load(caller));
    }

    private List<Organisation> load(Caller caller) {
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

    /**
     * True when this caller does the EDI team's work of the organisation: its EDI team, or an admin. The
     * roles are asked first: for anyone else (every lead's and sponsor's page asks, for the header) no
     * organisation is read.
     */
    public boolean runsEdiWork(Caller caller, String organisationCode) {
        return ediRole(caller, organisationCode) && canRead(caller, organisationCode);
    }

    /** Admins, and the organisation's own EDI team (who always read their own organisation). */
    private static boolean ediRole(Caller caller, String organisationCode) {
        return caller.isAdmin() || (caller.has(Role.EDI) && caller.belongsTo(organisationCode));
    }

    /**
     * The organisation, when this caller does its EDI team's work: 404 when they may not read it, 403
     * (saying who may) when they read it but may not do {@code what}, e.g. "edits its plans".
     */
    public Organisation ediWork(Caller caller, String organisationCode, String what) {
        Organisation organisation = readable(caller, organisationCode);
        if (!ediRole(caller, organisationCode)) {
            throw new AccessDeniedException("Only the EDI team of " + organisationCode + " or an admin " + what);
        }
        return organisation;
    }

    /** True when this caller sees live (unissued) work: everyone who reads, except board-only readers. */
    public boolean readsLive(Caller caller) {
        return caller.isAdmin()
                || caller.has(Role.EDI)
                || caller.has(Role.LEAD)
                || caller.has(Role.SPONSOR)
                || caller.has(Role.ICS);
    }

    /** True when this caller compares the organisations of a system: admins and that system's ICS users. */
    public boolean readsSystem(Caller caller, String systemCode) {
        return caller.isAdmin() || (caller.has(Role.ICS) && systemCode.equals(caller.systemCode()));
    }

    /** The organisation, if this caller may read it; otherwise 404 (its existence must not leak). */
    public Organisation readable(Caller caller, String organisationCode) {
        if (!canRead(caller, organisationCode)) {
            audit.recordAlone(
                    AuditLog.Entry.of(caller.username(), organisationCode, "ORGANISATION", organisationCode, "REFUSED")
                            .detail("not visible to this user: answered 404"));
            throw new NotFoundException("organisation " + organisationCode);
        }
        return visibleTo(caller).stream()
                .filter(o -> o.code().equals(organisationCode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("organisation " + organisationCode));
    }
}
