package org.parity.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.common.Paged;
import org.parity.common.Pager;
import org.parity.indicator.HighImpactActions;
import org.parity.organisation.OrgUnit;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.plan.PlanViews.ActionLine;
import org.parity.plan.PlanViews.MilestoneOfAction;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.progress.Rag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How one organisation's actions stand, for its dashboard: counts by status and RAG, the milestones off
 * track or missed, the actions falling due soon; each a bounded number of statements whatever the number
 * of actions; each for the whole organisation or (a unit given) the actions aimed at one of its units.
 * Organisations the caller does not see are "not found".
 */
@Service
@Transactional(readOnly = true)
public class ActionOverview {

    private static final List<MilestoneStatus> OFF_TRACK = List.of(MilestoneStatus.OFF_TRACK, MilestoneStatus.MISSED);

    private final PlanRepository plans;
    private final ActionRepository actions;
    private final MilestoneRepository milestones;
    private final OrganisationAccess access;

    private final HighImpactActions highImpactActions;

    ActionOverview(
            PlanRepository plans,
            ActionRepository actions,
            MilestoneRepository milestones,
            OrganisationAccess access,
            HighImpactActions highImpactActions) {
        this.highImpactActions = highImpactActions;
        this.plans = plans;
        this.actions = actions;
        this.milestones = milestones;
        this.access = access;
    }

    /**
     * How many of one organisation's actions have each status and RAG: per status, a count for each
     * RAG, "NONE" (no RAG yet) and "TOTAL". One grouped statement, whatever the number of actions.
     */
    public Map<ActionStatus, Map<String, Long>> statusCounts(Caller caller, String organisationCode, OrgUnit unit) {
        access.readable(caller, organisationCode);
        Map<ActionStatus, Map<String, Long>> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (Rag rag : Rag.values()) {
                row.put(rag.name(), 0L);
            }
            row.put("NONE", 0L);
            row.put("TOTAL", 0L);
            counts.put(status, row);
        }
        for (Object[] r : actions.statusCounts(organisationCode, key(unit))) {
            Map<String, Long> row = counts.get(ActionStatus.valueOf((String) r[0]));
            long n = ((Number) r[2]).longValue();
            row.merge(r[1] == null ? "NONE" : (String) r[1], n, Long::sum);
            row.merge("TOTAL", n, Long::sum);
        }
        return counts;
    }

    /**
     * Per high impact action (all six, in order), the organisation's actions serving it by status and
     * RAG, in one grouped query whatever the number of actions.
     */
    public List<HighImpactCount> highImpactCounts(Caller caller, String organisationCode, OrgUnit unit) {
        access.readable(caller, organisationCode);
        List<Object[]> rows = actions.highImpactCounts(organisationCode, key(unit));
        List<HighImpactCount> counts = new ArrayList<>();
        for (var h : highImpactActions.all()) {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            for (ActionStatus s : ActionStatus.values()) {
                byStatus.put(s.name(), 0L);
            }
            Map<String, Long> byRag = new LinkedHashMap<>();
            for (Rag r : Rag.values()) {
                byRag.put(r.name(), 0L);
            }
            byRag.put("NONE", 0L);
            long total = 0;
            long inferred = 0;
            for (Object[] r : rows) {
                if (!h.code().equals(r[0])) {
                    continue;
                }
                long n = ((Number) r[3]).longValue();
                total += n;
                inferred += ((Number) r[4]).longValue();
                byStatus.merge((String) r[1], n, Long::sum);
                byRag.merge(r[2] == null ? "NONE" : (String) r[2], n, Long::sum);
            }
            counts.add(new HighImpactCount(h.code(), h.number(), h.title(), total, inferred, byStatus, byRag));
        }
        return counts;
    }

    /** One high impact action's actions in an organisation, and how many of their links Parity inferred. */
    public record HighImpactCount(
            String code,
            int number,
            String title,
            long actions,
            long inferred,
            Map<String, Long> byStatus,
            Map<String, Long> byRag) {}

    /** One page of the organisation's milestones that are off track or missed, by action. */
    public Paged<MilestoneOfAction> offTrackMilestones(
            Caller caller, String organisationCode, OrgUnit unit, Integer page, int size) {
        access.readable(caller, organisationCode);
        Page<Milestone> found = milestones.inOrganisation(
                organisationCode, OFF_TRACK, key(unit), PageRequest.of(Pager.requested(page) - 1, size));
        if (found.getContent().isEmpty() && found.getTotalElements() > 0) { // past the end: show the last page
            found = milestones.inOrganisation(
                    organisationCode,
                    OFF_TRACK,
                    key(unit),
                    PageRequest.of(Math.max(0, found.getTotalPages() - 1), size));
        }
        Map<Long, String> titles =
                titles(found.getContent().stream().map(Milestone::getActionId).toList());
        return new Paged<>(
                found.getContent().stream()
                        .map(m -> new MilestoneOfAction(
                                m.getActionId(), titles.get(m.getActionId()), MilestoneView.of(m)))
                        .toList(),
                Pager.of("offTrackPage", found.getNumber() + 1, size, found.getTotalElements()));
    }

    /** The organisation's actions not yet done that fall due from {@code from} up to (not including) {@code to}, soonest first, at most {@code limit}. */
    public Paged<ActionLine> dueBetween(
            Caller caller, String organisationCode, OrgUnit unit, LocalDate from, LocalDate to, int limit) {
        access.readable(caller, organisationCode);
        Page<Action> found = actions.dueBetween(
                organisationCode,
                List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.DRAFT),
                from,
                to,
                key(unit),
                PageRequest.of(0, limit));
        return new Paged<>(lines(found.getContent()), Pager.of("dueSoonPage", 1, limit, found.getTotalElements()));
    }

    /** A unit as the queries take it: its id, 0 for the whole organisation. */
    private static long key(OrgUnit unit) {
        return unit == null ? 0 : unit.id();
    }

    /** The titles of these actions (a handful: a page's worth). */
    public Map<Long, String> titles(Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        actions.findAllById(Set.copyOf(actionIds)).forEach(a -> titles.put(a.getId(), a.getTitle()));
        return titles;
    }

    private List<ActionLine> lines(List<Action> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Plan> planById = new HashMap<>();
        plans.findAllById(found.stream().map(Action::getPlanId).distinct().toList())
                .forEach(p -> planById.put(p.getId(), p));
        Set<Long> offTrack =
                milestones
                        .findByActionIdInOrderByActionIdAscPositionAsc(
                                found.stream().map(Action::getId).toList())
                        .stream()
                        .filter(m -> OFF_TRACK.contains(m.getStatus()))
                        .map(Milestone::getActionId)
                        .collect(Collectors.toSet());
        return found.stream()
                .map(a -> {
                    Plan p = planById.get(a.getPlanId());
                    return new ActionLine(
                            a.getId(),
                            a.getTitle(),
                            p.getId(),
                            p.getTitle(),
                            p.getOrganisationCode(),
                            a.getStatus(),
                            a.getRag(),
                            a.getPercentComplete(),
                            a.getDue(),
                            a.getLeadUsername(),
                            a.getSponsorUsername(),
                            offTrack.contains(a.getId()));
                })
                .toList();
    }
}
