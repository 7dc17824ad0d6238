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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parity.common.NotFoundException;
import org.parity.common.Paged;
import org.parity.common.Pager;
import org.parity.organisation.OrganisationAccess;
import org.parity.organisation.Organisations;
import org.parity.people.Caller;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.plan.PlanViews.ActionLine;
import org.parity.plan.PlanViews.ActionSummary;
import org.parity.plan.PlanViews.ListedAction;
import org.parity.plan.PlanViews.MilestoneOfAction;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.plan.PlanViews.PlanDetail;
import org.parity.plan.PlanViews.PlanSummary;
import org.parity.plan.PlanViews.ThemeView;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionListing;
import org.parity.plan.internal.ActionListingRepository;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.Theme;
import org.parity.plan.internal.ThemeRepository;
import org.parity.progress.Rag;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads plans and actions for one caller. Anything outside the caller's organisations is "not
 * found": its existence must not leak.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final ActionRepository actions;
    private final ActionListingRepository listings;
    private final MilestoneRepository milestones;
    private final Organisations units;
    private final OrganisationAccess access;
    private final ActionFinder finder;

    PlanQueries(
            PlanRepository plans,
            ThemeRepository themes,
            ActionRepository actions,
            ActionListingRepository listings,
            MilestoneRepository milestones,
            Organisations units,
            OrganisationAccess access,
            ActionFinder finder) {
        this.plans = plans;
        this.finder = finder;
        this.themes = themes;
        this.actions = actions;
        this.listings = listings;
        this.milestones = milestones;
        this.units = units;
        this.access = access;
    }

    public List<PlanSummary> plansOf(Caller caller, String organisationCode) {
        access.readable(caller, organisationCode);
        return plans.findByOrganisationCodeOrderByStandardCodeAscTitleAsc(organisationCode).stream()
                .map(p -> new PlanSummary(
                        p.getId(),
                        p.getKey(),
                        p.getOrganisationCode(),
                        p.getTitle(),
                        p.getStandardCode(),
                        p.getPeriod(),
                        actions.countByPlanId(p.getId())))
                .toList();
    }

    public PlanDetail plan(Caller caller, Long planId) {
        Plan plan = visiblePlan(caller, planId);
        List<Theme> planThemes = themes.findByPlanIdOrderByPosition(planId);
        Map<Long, Action> byId = actions.findByPlanIdOrderById(planId).stream()
                .collect(Collectors.toMap(Action::getId, Function.identity()));
        List<ActionListing> all = planThemes.isEmpty()
                ? List.of()
                : listings.findByThemeIdInOrderByThemeIdAscPositionAsc(
                        planThemes.stream().map(Theme::getId).toList());
        Map<Long, Long> listingCount =
                all.stream().collect(Collectors.groupingBy(ActionListing::getActionId, Collectors.counting()));
        Map<Long, List<ActionListing>> byTheme = all.stream().collect(Collectors.groupingBy(ActionListing::getThemeId));
        List<ThemeView> views = new ArrayList<>();
        for (Theme t : planThemes) {
            List<ListedAction> listed = byTheme.getOrDefault(t.getId(), List.of()).stream()
                    .sorted((a, b) -> Integer.compare(a.getPosition(), b.getPosition()))
                    .map(l -> {
                        Action a = byId.get(l.getActionId());
                        return new ListedAction(
                                a.getId(),
                                a.getTitle(),
                                a.getStatus(),
                                a.getRag(),
                                l.isDuplicate(),
                                listingCount.get(a.getId()) > 1);
                    })
                    .toList();
            views.add(new ThemeView(
                    t.getId(),
                    t.getTitle(),
                    t.getDescription(),
                    t.getObjectives(),
                    t.getSuccessMeasures(),
                    t.getTimescale(),
                    t.getProgress(),
                    listed));
        }
        return new PlanDetail(
                plan.getId(),
                plan.getKey(),
                plan.getTitle(),
                plan.getOrganisationCode(),
                plan.getStandardCode(),
                plan.getPeriod(),
                plan.getDescription(),
                plan.getSources(),
                plan.getFlags(),
                views);
    }

    /** Actions of the caller's organisations (or one of them), matching text in title, rationale or success measures. */
    public List<ActionSummary> search(Caller caller, String organisationCode, String text) {
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
        return finder.page(orgs, new ActionFilter(text, null, null, null, null, null), 0, 0);
    }

    /** One page of the actions of the caller's organisations that match the filter, in plan order. */
    public Paged<ActionSummary> find(Caller caller, ActionFilter filter, Integer page, int size) {
        Set<String> orgs = access.visibleCodes(caller);
        if (orgs.isEmpty()) {
            return new Paged<>(List.of(), Pager.of("page", page, size, 0));
        }
        Pager pager = Pager.of("page", page, size, finder.count(orgs, filter));
        return new Paged<>(pager.total() == 0 ? List.of() : finder.page(orgs, filter, pager.offset(), size), pager);
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

    /**
     * How many of one organisation's actions have each status and RAG: per status, a count for each
     * RAG, "NONE" (no RAG yet) and "TOTAL". One grouped statement, whatever the number of actions.
     */
    public Map<ActionStatus, Map<String, Long>> statusCounts(Caller caller, String organisationCode) {
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
        for (Object[] r : actions.statusCounts(organisationCode)) {
            Map<String, Long> row = counts.get(ActionStatus.valueOf((String) r[0]));
            long n = ((Number) r[2]).longValue();
            row.merge(r[1] == null ? "NONE" : (String) r[1], n, Long::sum);
            row.merge("TOTAL", n, Long::sum);
        }
        return counts;
    }

    /** One page of the organisation's milestones that are off track or missed, by action. */
    public Paged<MilestoneOfAction> offTrackMilestones(Caller caller, String organisationCode, Integer page, int size) {
        access.readable(caller, organisationCode);
        org.springframework.data.domain.Page<Milestone> found = milestones.inOrganisation(
                organisationCode,
                List.of(MilestoneStatus.OFF_TRACK, MilestoneStatus.MISSED),
                PageRequest.of(Pager.requested(page) - 1, size));
        if (found.getContent().isEmpty() && found.getTotalElements() > 0) { // past the end: show the last page
            found = milestones.inOrganisation(
                    organisationCode,
                    List.of(MilestoneStatus.OFF_TRACK, MilestoneStatus.MISSED),
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
            Caller caller, String organisationCode, LocalDate from, LocalDate to, int limit) {
        access.readable(caller, organisationCode);
        org.springframework.data.domain.Page<Action> found = actions.dueBetween(
                organisationCode,
                List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.DRAFT),
                from,
                to,
                PageRequest.of(0, limit));
        return new Paged<>(lines(found.getContent()), Pager.of("dueSoonPage", 1, limit, found.getTotalElements()));
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
                        .filter(m -> isOffTrack(m.getStatus()))
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

    private static boolean isOffTrack(MilestoneStatus status) {
        return status == MilestoneStatus.OFF_TRACK || status == MilestoneStatus.MISSED;
    }

    public ActionDetail action(Caller caller, Long actionId) {
        Action a = actions.findById(actionId).orElseThrow(() -> new NotFoundException("action " + actionId));
        Plan plan = visiblePlan(caller, a.getPlanId());
        Map<Long, Theme> planThemes = themes.findByPlanIdOrderByPosition(plan.getId()).stream()
                .collect(Collectors.toMap(Theme::getId, Function.identity()));
        List<String> listedUnder = listings.findByActionId(a.getId()).stream()
                .map(l -> planThemes.get(l.getThemeId()).getTitle())
                .distinct()
                .toList();
        List<MilestoneView> ms = milestones.findByActionIdOrderByPosition(a.getId()).stream()
                .map(MilestoneView::of)
                .toList();
        String unit = a.getUnitId() == null
                ? null
                : units.unit(a.getUnitId()).map(u -> u.name()).orElse(null);
        return new ActionDetail(
                a.getId(),
                a.getKey(),
                a.getTitle(),
                plan.getId(),
                plan.getTitle(),
                plan.getOrganisationCode(),
                a.getThemeId(),
                planThemes.get(a.getThemeId()).getTitle(),
                a.getRationale(),
                a.getLeadRole(),
                a.getLeadUsername(),
                a.getSponsorRole(),
                a.getSponsorUsername(),
                a.getStakeholders(),
                a.getStatus(),
                a.getRag(),
                a.getPercentComplete(),
                a.getStart(),
                a.getDue(),
                a.getReviewCadence(),
                a.getTimescaleText(),
                a.getSuccessMeasures(),
                List.copyOf(a.getIndicatorCodes()),
                ms,
                listedUnder,
                unit,
                a.getWithdrawnReason(),
                a.getFlags(),
                a.getVersion());
    }

    private Plan visiblePlan(Caller caller, Long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        if (!access.canRead(caller, plan.getOrganisationCode())) {
            throw new NotFoundException("plan " + planId);
        }
        return plan;
    }
}
