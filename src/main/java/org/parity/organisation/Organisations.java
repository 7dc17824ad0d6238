package org.parity.organisation;

import java.util.List;
import java.util.Optional;
import org.parity.common.RequestMemo;
import org.parity.organisation.internal.IcsSystemEntity;
import org.parity.organisation.internal.IcsSystemRepository;
import org.parity.organisation.internal.OrgUnitEntity;
import org.parity.organisation.internal.OrgUnitRepository;
import org.parity.organisation.internal.OrganisationEntity;
import org.parity.organisation.internal.OrganisationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of systems, organisations and their units: what other modules may read (as records)
 * and the one way to add to it (the seed loader). Who may read which organisation is {@link OrganisationAccess}.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository organisations;
    private final IcsSystemRepository systems;
    private final OrgUnitRepository units;

    Organisations(OrganisationRepository organisations, IcsSystemRepository systems, OrgUnitRepository units) {
        this.organisations = organisations;
        this.systems = systems;
        this.units = units;
    }

    public List<Organisation> all() {
        return organisations.findAllByOrderByCode().stream()
                .map(Organisations::view)
                .toList();
    }

    public Optional<Organisation> find(String code) {
        return code == null ? Optional.empty() : organisations.findById(code).map(Organisations::view);
    }

    public boolean exists(String code) {
        return code != null && organisations.existsById(code);
    }

    public long count() {
        return organisations.count();
    }

    public List<IcsSystem> systems() {
        return systems.findAll().stream()
                .map(s -> new IcsSystem(s.getCode(), s.getName()))
                .toList();
    }

    public Optional<IcsSystem> system(String code) {
        return code == null
                ? Optional.empty()
                : systems.findById(code).map(s -> new IcsSystem(s.getCode(), s.getName()));
    }

    public Optional<OrgUnit> unit(Long id) {
        return id == null ? Optional.empty() : units.findById(id).map(Organisations::view);
    }

    public Optional<OrgUnit> unit(String organisationCode, String unitCode) {
        return units.findByOrganisationCodeAndCode(organisationCode, unitCode).map(Organisations::view);
    }

    @Transactional
    public IcsSystem addSystem(String code, String name) {
        systems.saveAndFlush(new IcsSystemEntity(code, name));
        return new IcsSystem(code, name);
    }

    @Transactional
    public Organisation add(Organisation organisation) {
        RequestMemo.forget(OrganisationAccess.VISIBLE);
        return view(organisations.save(new OrganisationEntity(
                organisation.code(),
                organisation.name(),
                organisation.shortName(),
                organisation.aliases(),
                organisation.systemCode())));
    }

    @Transactional
    public OrgUnit addUnit(String organisationCode, String code, String name, String kind) {
        return view(units.save(new OrgUnitEntity(organisationCode, code, name, kind)));
    }

    static Organisation view(OrganisationEntity o) {
        return new Organisation(o.getCode(), o.getName(), o.getShortName(), o.getAliases(), o.getSystemCode());
    }

    private static OrgUnit view(OrgUnitEntity u) {
        return new OrgUnit(u.getId(), u.getOrganisationCode(), u.getCode(), u.getName(), u.getKind());
    }
}
