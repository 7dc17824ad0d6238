package org.parity.plan;

import java.util.List;
import java.util.Set;
import org.parity.common.BadInputException;
import org.parity.common.NotFoundException;
import org.parity.common.Paged;
import org.parity.common.Pager;
import org.parity.common.RowError;
import org.parity.organisation.OrgUnit;
import org.parity.organisation.OrgUnits;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.plan.PlanViews.ActionSummary;
import org.parity.plan.PlanViews.PlanSummary;
import org.parity.plan.internal.PlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the actions of the caller's organisations by words and filters; the database filters, counts and
 * pages. Organisations the caller does not see are "not found".
 */
@Service
@Transactional(readOnly = true)
public class ActionSearch {

    private final PlanRepository plans;
    private final OrganisationAccess access;
    private final ActionFinder finder;
    private final OrgUnits units;

    ActionSearch(PlanRepository plans, OrganisationAccess access, ActionFinder finder, OrgUnits units) {
        this.plans = plans;
        this.access = access;
        this.finder = finder;
        this.units = units;
    }

    /**
     * Actions of the caller's organisations (or one of them), matching text in title, rationale or success
     * measures, and aimed at the unit of this code (every action when the code is blank); 400 when none of
     * those organisations has a unit of that code.
     */
    public List<ActionSummary> search(Caller caller, String organisationCode, String text, String unitCode) {
        Set<String> orgs = access.visibleCodes(caller);
        if (organisationCode != null && !organisationCode.isBlank()) {
            if (!orgs.contains(organisationCode)) {
                throw new NotFoundException("organisation " + organisationCode);
            }
            orgs = Set.of(organisationCode);
        }
        if (orgs.isEmpty()) {
            return List.of();
        }
        ActionFilter filter = new ActionFilter(text, null, null, null, null, null, unitCode);
        return finder.page(orgs, filter, unitIds(orgs, filter), 0, 0);
    }

    /** One page of the actions of the caller's organisations that match the filter, in plan order. */
    public Paged<ActionSummary> find(Caller caller, ActionFilter filter, Integer page, int size) {
        Set<String> orgs = access.visibleCodes(caller);
        if (orgs.isEmpty()) {
            return new Paged<>(List.of(), Pager.of("page", page, size, 0));
        }
        Set<Long> units = unitIds(orgs, filter);
        Pager pager = Pager.of("page", page, size, finder.count(orgs, filter, units));
        return new Paged<>(
                pager.total() == 0 ? List.of() : finder.page(orgs, filter, units, pager.offset(), size), pager);
    }

    /** The units of the caller's organisations: the choices of the unit filter. */
    public List<OrgUnit> unitsVisibleTo(Caller caller) {
        return units.ofAll(access.visibleCodes(caller));
    }

    /**
     * The ids of the filter's unit in these organisations (a code may name a unit in several: the same
     * site code in two trusts); null without a unit filter; 400 when none of them has a unit of that code.
     */
    private Set<Long> unitIds(Set<String> orgs, ActionFilter filter) {
        if (filter.unit() == null) {
            return null;
        }
        Set<Long> ids = units.ofAll(orgs).stream()
                .filter(u -> u.code().equals(filter.unit()))
                .map(OrgUnit::id)
                .collect(java.util.stream.Collectors.toSet());
        if (ids.isEmpty()) {
            String detail = "unknown unit '" + filter.unit() + "': none of your organisations has a unit of that code";
            throw new BadInputException(detail, List.of(new RowError(0, "unit", detail)));
        }
        return ids;
    }

    /** The plans of the caller's organisations, by title: the choices of the plan filter. */
    public List<PlanSummary> plansVisibleTo(Caller caller) {
        Set<String> orgs = access.visibleCodes(caller);
        return orgs.isEmpty()
                ? List.of()
                : plans.findByOrganisationCodeInOrderByOrganisationCodeAscTitleAsc(orgs).stream()
                        .map(p -> new PlanSummary(
                                p.getId(),
                                p.getKey(),
                                p.getOrganisationCode(),
                                p.getTitle(),
                                p.getStandardCode(),
                                p.getPeriod(),
                                0))
                        .toList();
    }
}
