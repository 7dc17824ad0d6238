package org.parity.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parity.common.NotFoundException;
import org.parity.organisation.OrgUnitRepository;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.plan.PlanViews.ActionLine;
import org.parity.plan.PlanViews.MilestoneOfAction;
import org.parity.plan.PlanViews.ActionSummary;
import org.parity.plan.PlanViews.ListedAction;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.plan.PlanViews.PlanDetail;
import org.parity.plan.PlanViews.PlanSummary;
import org.parity.plan.PlanViews.ThemeView;
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
    private final OrgUnitRepository units;
    private final OrganisationAccess access;

    PlanQueries(PlanRepository plans, ThemeRepository themes, ActionRepository actions,
                ActionListingRepository listings, MilestoneRepository milestones, OrgUnitRepository units,
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
        return plans.findByOrganisationCodeOrderByStandardCodeAscTitleAsc(organisationCode).stream()
                .map(p -> new PlanSummary(p.getId(), p.getKey(), p.getOrganisationCode(), p.getTitle(),
                        p.getStandardCode(), p.getPeriod(), actions.countByPlanId(p.getId())))
                .toList();
    }

    public PlanDetail plan(Caller caller, Long planId) {
        Plan plan = visiblePlan(caller, planId);
        List<Theme> planThemes = themes.findByPlanIdOrderByPosition(planId);
        Map<Long, Action> byId = actions.findByPlanIdOrderById(planId).stream()
                .collect(Collectors.toMap(Action::getId, Function.identity()));
        List<ActionListing> all = planThemes.isEmpty() ? List.of()
                : listings.findByThemeIdInOrderByThemeIdAscPositionAsc(planThemes.stream().map(Theme::getId).toList());
        Map<Long, Long> listingCount = all.stream().collect(Collectors.groupingBy(ActionListing::getActionId,
                Collectors.counting()));
        Map<Long, List<ActionListing>> byTheme = all.stream().collect(Collectors.groupingBy(ActionListing::getThemeId));
        List<ThemeView> views = new ArrayList<>();
        for (Theme t : planThemes) {
            List<ListedAction> listed = byTheme.getOrDefault(t.getId(), List.of()).stream()
                    .sorted((a, b) -> Integer.compare(a.getPosition(), b.getPosition()))
                    .map(l -> {
                        Action a = byId.get(l.getActionId());
                        return new ListedAction(a.getId(), a.getTitle(), a.getStatus(), a.getRag(), l.isDuplicate(),
                                listingCount.get(a.getId()) > 1);
                    })
                    .toList();
            views.add(new ThemeView(t.getId(), t.getTitle(), t.getDescription(), t.getObjectives(),
                    t.getSuccessMeasures(), t.getTimescale(), t.getProgress(), listed));
        }
        return new PlanDetail(plan.getId(), plan.getKey(), plan.getTitle(), plan.getOrganisationCode(),
                plan.getStandardCode(), plan.getPeriod(), plan.getDescription(), plan.getSources(), plan.getFlags(),
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
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.UK) + "%";
        List<Action> found = like == null ? actions.inOrganisations(orgs) : actions.search(orgs, like);
        Map<Long, Plan> planById = new HashMap<>();
        plans.findAllById(found.stream().map(Action::getPlanId).distinct().toList())
                .forEach(p -> planById.put(p.getId(), p));
        return found.stream().map(a -> {
            Plan p = planById.get(a.getPlanId());
            return new ActionSummary(a.getId(), a.getTitle(), p.getId(), p.getTitle(), p.getOrganisationCode(),
                    a.getStatus(), a.getRag(), p.getStandardCode(), a.getLeadUsername());
        }).toList();
    }

    /** The actions the caller leads, in every organisation they can see. */
    public List<ActionLine> ledBy(Caller caller) {
        Set<String> orgs = access.visibleCodes(caller);
        return orgs.isEmpty() ? List.of() : lines(actions.inOrganisations(orgs).stream()
                .filter(a -> caller.username().equals(a.getLeadUsername())).toList());
    }

    /** Every action of one organisation the caller can read (404 otherwise). */
    public List<ActionLine> actionsOf(Caller caller, String organisationCode) {
        access.readable(caller, organisationCode);
        return lines(actions.inOrganisations(Set.of(organisationCode)));
    }

    /** The milestones of one organisation's actions that are off track or missed. */
    public List<MilestoneOfAction> offTrackMilestones(Caller caller, String organisationCode) {
        access.readable(caller, organisationCode);
        Map<Long, Action> byId = actions.inOrganisations(Set.of(organisationCode)).stream()
                .collect(Collectors.toMap(Action::getId, Function.identity()));
        if (byId.isEmpty()) {
            return List.of();
        }
        return milestones.findByActionIdInOrderByActionIdAscPositionAsc(byId.keySet()).stream()
                .filter(m -> isOffTrack(m.getStatus()))
                .map(m -> new MilestoneOfAction(m.getActionId(), byId.get(m.getActionId()).getTitle(), MilestoneView.of(m)))
                .toList();
    }

    private List<ActionLine> lines(List<Action> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Plan> planById = new HashMap<>();
        plans.findAllById(found.stream().map(Action::getPlanId).distinct().toList())
                .forEach(p -> planById.put(p.getId(), p));
        Set<Long> offTrack = milestones.findByActionIdInOrderByActionIdAscPositionAsc(
                        found.stream().map(Action::getId).toList()).stream()
                .filter(m -> isOffTrack(m.getStatus())).map(Milestone::getActionId).collect(Collectors.toSet());
        return found.stream().map(a -> {
            Plan p = planById.get(a.getPlanId());
            return new ActionLine(a.getId(), a.getTitle(), p.getId(), p.getTitle(), p.getOrganisationCode(),
                    a.getStatus(), a.getRag(), a.getPercentComplete(), a.getDue(), a.getLeadUsername(),
                    a.getSponsorUsername(), offTrack.contains(a.getId()));
        }).toList();
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
                .map(l -> planThemes.get(l.getThemeId()).getTitle()).distinct().toList();
        List<MilestoneView> ms = milestones.findByActionIdOrderByPosition(a.getId()).stream().map(MilestoneView::of).toList();
        String unit = a.getUnitId() == null ? null : units.findById(a.getUnitId()).map(u -> u.getName()).orElse(null);
        return new ActionDetail(a.getId(), a.getKey(), a.getTitle(), plan.getId(), plan.getTitle(),
                plan.getOrganisationCode(), a.getThemeId(), planThemes.get(a.getThemeId()).getTitle(), a.getRationale(),
                a.getLeadRole(), a.getLeadUsername(), a.getSponsorRole(), a.getSponsorUsername(), a.getStakeholders(),
                a.getStatus(), a.getRag(), a.getPercentComplete(), a.getStart(), a.getDue(), a.getReviewCadence(),
                a.getTimescaleText(), a.getSuccessMeasures(), List.copyOf(a.getIndicatorCodes()), ms, listedUnder, unit,
                a.getWithdrawnReason(), a.getFlags(), a.getVersion());
    }

    private Plan visiblePlan(Caller caller, Long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        if (!access.canRead(caller, plan.getOrganisationCode())) {
            throw new NotFoundException("plan " + planId);
        }
        return plan;
    }
}
