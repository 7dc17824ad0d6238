package org.parity.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parity.common.NotFoundException;
import org.parity.organisation.OrganisationAccess;
import org.parity.organisation.Organisations;
import org.parity.people.Caller;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.plan.PlanViews.ListedAction;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.plan.PlanViews.PlanDetail;
import org.parity.plan.PlanViews.PlanSummary;
import org.parity.plan.PlanViews.ThemeView;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionListing;
import org.parity.plan.internal.ActionListingRepository;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.Theme;
import org.parity.plan.internal.ThemeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads plans and actions for one caller: an organisation's plans, a plan by theme, an action in full.
 * Anything outside the caller's organisations is "not found": its existence must not leak. Finding
 * actions is {@link ActionSearch}'s, an organisation's overview {@link ActionOverview}'s.
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

    PlanQueries(
            PlanRepository plans,
            ThemeRepository themes,
            ActionRepository actions,
            ActionListingRepository listings,
            MilestoneRepository milestones,
            Organisations units,
            OrganisationAccess access) {
        this.plans = plans;
        this.themes = themes;
        this.actions = actions;
        this.listings = listings;
        this.milestones = milestones;
        this.units = units;
        this.access = access;
    }

    public List<PlanSummary> plansOf(Caller caller, String organisationCode) {
        access.readable(caller, organisationCode);
        return summaries(plans.findByOrganisationCodeOrderByStandardCodeAscTitleAsc(organisationCode));
    }

    /**
     * The plans of each of these organisations (each readable by the caller), by standard and title: two
     * statements however many organisations and plans (the home page of a region's administrator).
     */
    public Map<String, List<PlanSummary>> plansOf(Caller caller, Collection<String> organisationCodes) {
        organisationCodes.forEach(code -> access.readable(caller, code));
        if (organisationCodes.isEmpty()) {
            return Map.of();
        }
        return summaries(plans.findByOrganisationCodeInOrderByOrganisationCodeAscStandardCodeAscTitleAsc(
                        organisationCodes))
                .stream()
                .collect(Collectors.groupingBy(PlanSummary::organisation, Collectors.toList()));
    }

    /** The plans with their action counts: one grouped count for all of them, not one per plan. */
    private List<PlanSummary> summaries(List<Plan> found) {
        Map<Long, Long> counts = found.isEmpty()
                ? Map.of()
                : actions.countByPlanIds(found.stream().map(Plan::getId).toList()).stream()
                        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return found.stream()
                .map(p -> new PlanSummary(
                        p.getId(),
                        p.getKey(),
                        p.getOrganisationCode(),
                        p.getTitle(),
                        p.getStandardCode(),
                        p.getPeriod(),
                        counts.getOrDefault(p.getId(), 0L)))
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
                a.getHiaLinks().stream()
                        .map(l -> new ActionHia(l.getHiaCode(), l.isInferred(), l.getReason()))
                        .sorted(java.util.Comparator.comparing(ActionHia::code))
                        .toList(),
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
