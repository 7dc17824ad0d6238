package org.parity.organisation;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.parity.audit.AuditLog;
import org.parity.common.BadInputException;
import org.parity.common.NotFoundException;
import org.parity.common.RowError;
import org.parity.organisation.internal.OrgUnitEntity;
import org.parity.organisation.internal.OrgUnitRepository;
import org.parity.people.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * An organisation's units (care groups, divisions, directorates, sites): everyone who reads the
 * organisation may list them (they are the choices of every "by unit" filter); its EDI team and
 * admins add and rename them, each step audited. Units are not removed: actions and figures keep
 * pointing at them.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class OrgUnits {

    private final OrgUnitRepository units;
    private final OrganisationAccess access;
    private final AuditLog audit;

    OrgUnits(OrgUnitRepository units, OrganisationAccess access, AuditLog audit) {
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    /** The organisation's units by kind and name; 404 when the caller does not read it. */
    public List<OrgUnit> of(Caller caller, String organisationCode) {
        access.readable(caller, organisationCode);
        return of(organisationCode);
    }

    /** The organisation's units by kind and name (callers have checked the organisation is readable). */
    public List<OrgUnit> of(String organisationCode) {
        return units.findByOrganisationCodeOrderByKindAscNameAscCodeAsc(organisationCode).stream()
                .map(OrgUnits::view)
                .toList();
    }

    /** The units of these organisations (the choices of filters spanning several), by organisation, kind and name. */
    public List<OrgUnit> ofAll(java.util.Collection<String> organisationCodes) {
        return organisationCodes.isEmpty()
                ? List.of()
                : units.findByOrganisationCodeInOrderByOrganisationCodeAscKindAscNameAsc(organisationCodes).stream()
                        .map(OrgUnits::view)
                        .toList();
    }

    /**
     * The unit a filter names ({@code unit=<code>}) in this organisation: empty for no filter (null or
     * blank), a 400 naming the field {@code unit} when the organisation has no unit of that code.
     */
    public Optional<OrgUnit> filter(String organisationCode, String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(units.findByOrganisationCodeAndCode(organisationCode, unitCode.strip())
                .map(OrgUnits::view)
                .orElseThrow(() -> unknown(organisationCode, unitCode)));
    }

    /**
     * The unit a filter names among units already read (no statement): empty for no filter, a 400
     * naming the field {@code unit} when none of them has that code.
     */
    public static Optional<OrgUnit> pick(List<OrgUnit> units, String organisationCode, String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(units.stream()
                .filter(u -> u.code().equals(unitCode.strip()))
                .findFirst()
                .orElseThrow(() -> unknown(organisationCode, unitCode)));
    }

    /** The 400 of a filter or import naming a unit this organisation does not have. */
    public static BadInputException unknown(String organisationCode, String unitCode) {
        String detail = "unknown unit '" + unitCode.strip() + "': " + organisationCode + " has no unit of that code";
        return new BadInputException(detail, List.of(new RowError(0, "unit", detail)));
    }

    @Transactional
    public OrgUnit add(Caller caller, String organisationCode, @Valid NewUnit unit) {
        access.ediWork(caller, organisationCode, "adds its units");
        if (units.findByOrganisationCodeAndCode(organisationCode, unit.getCode())
                .isPresent()) {
            String detail = organisationCode + " already has a unit with the code '" + unit.getCode() + "'";
            throw new BadInputException(detail, List.of(new RowError(0, "code", detail)));
        }
        OrgUnitEntity saved = units.saveAndFlush(new OrgUnitEntity(
                organisationCode,
                unit.getCode(),
                unit.getName().strip(),
                unit.getKind().name()));
        audit.record(AuditLog.Entry.of(caller.username(), organisationCode, "ORG_UNIT", unit.getCode(), "UNIT_ADDED")
                .states(null, unit.getKind().name())
                .detail("added " + unit.getKind().name() + " '" + saved.getName() + "' (" + unit.getCode() + ")"));
        return view(saved);
    }

    @Transactional
    public OrgUnit rename(Caller caller, String organisationCode, String unitCode, @Valid UnitRename rename) {
        access.ediWork(caller, organisationCode, "renames its units");
        OrgUnitEntity unit = units.findByOrganisationCodeAndCode(organisationCode, unitCode)
                .orElseThrow(() -> new NotFoundException("unit " + unitCode));
        String before = unit.getName();
        unit.rename(rename.getName().strip());
        units.saveAndFlush(unit);
        audit.record(AuditLog.Entry.of(caller.username(), organisationCode, "ORG_UNIT", unitCode, "UNIT_RENAMED")
                .states(before, unit.getName())
                .detail("renamed '" + before + "' to '" + unit.getName() + "'"));
        return view(unit);
    }

    static OrgUnit view(OrgUnitEntity u) {
        return new OrgUnit(u.getId(), u.getOrganisationCode(), u.getCode(), u.getName(), u.getKind());
    }
}
