package org.parity.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parity.audit.AuditLog;
import org.parity.common.Flag;
import org.parity.indicator.HighImpactActions;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.indicator.Period;
import org.parity.organisation.Organisations;
import org.parity.plan.PlanDraft.ActionDraft;
import org.parity.plan.PlanDraft.Item;
import org.parity.plan.PlanDraft.MilestoneDraft;
import org.parity.plan.PlanDraft.SeeAlso;
import org.parity.plan.PlanDraft.ThemeDraft;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores plans: themes in order, each action once however often it is listed, its timescale parsed
 * and flagged, its indicator links and milestones. A plan with an unknown indicator, a listing of an
 * action that does not exist or a repeated key is refused whole.
 */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final ActionRepository actions;
    private final ActionListingRepository listings;
    private final MilestoneRepository milestones;
    private final IndicatorCatalogue indicators;
    private final Organisations units;
    private final AuditLog audit;
    private final HighImpactActions highImpactActions;

    PlanService(
            PlanRepository plans,
            ThemeRepository themes,
            ActionRepository actions,
            ActionListingRepository listings,
            MilestoneRepository milestones,
            IndicatorCatalogue indicators,
            Organisations units,
            AuditLog audit,
            HighImpactActions highImpactActions) {
        this.plans = plans;
        this.themes = themes;
        this.actions = actions;
        this.listings = listings;
        this.milestones = milestones;
        this.indicators = indicators;
        this.units = units;
        this.audit = audit;
        this.highImpactActions = highImpactActions;
    }

    /** Stores the plan; returns the id of each action by its key. */
    @Transactional
    public Map<String, Long> create(PlanDraft draft, LocalDate today, String actor) {
        if (plans.findByKey(draft.key()).isPresent()) {
            throw new InvalidPlanException("a plan with key '" + draft.key() + "' already exists", 0);
        }
        int planYear = planStartYear(draft.period(), today);
        Plan plan = plans.save(new Plan(
                draft.key(),
                draft.organisationCode(),
                draft.standardCode(),
                draft.title(),
                draft.period(),
                draft.description(),
                draft.sources(),
                draft.flags()));
        audit.record(AuditLog.Entry.of(actor, plan.getOrganisationCode(), "PLAN", plan.getId(), "PLAN_CREATED")
                .states(null, "CREATED")
                .detail(plan.getKey()));
        Map<String, Action> byKey = new LinkedHashMap<>();
        // the catalogue once per plan: a lookup per action would flush the whole unit of work each time
        Set<String> known = indicators.allCodes();
        int themePosition = 0;
        for (ThemeDraft t : draft.themes()) {
            Theme theme = themes.save(new Theme(
                    plan.getId(),
                    ++themePosition,
                    t.title(),
                    t.description(),
                    t.objectives(),
                    t.successMeasures(),
                    t.timescale(),
                    t.progress()));
            Set<Long> listedHere = new HashSet<>();
            int position = 0;
            for (Item item : t.items()) {
                position++;
                if (item instanceof ActionDraft a) {
                    if (byKey.containsKey(a.key())) {
                        throw new InvalidPlanException(
                                "action key '" + a.key() + "' is used twice; list the same "
                                        + "action again with 'see: " + a.key() + "'",
                                a.line());
                    }
                    Action action = createAction(plan, theme, t, a, planYear, today, actor, known);
                    byKey.put(a.key(), action);
                    listedHere.add(action.getId());
                    listings.save(new ActionListing(action.getId(), theme.getId(), position, false));
                } else if (item instanceof SeeAlso see) {
                    Action action = byKey.get(see.key());
                    if (action == null) {
                        throw new InvalidPlanException(
                                "'see: " + see.key() + "' names no action written out " + "earlier in this plan",
                                see.line());
                    }
                    boolean duplicate = !listedHere.add(action.getId());
                    if (duplicate) {
                        action.addFlag(Flag.of(
                                "DUPLICATE_LISTING",
                                "Listed more than once under '" + t.title() + "' in the source document (position "
                                        + position + "); stored once."));
                    }
                    action.linkIndicators(checkedIndicators(t.indicators(), see.line(), known));
                    action.inferHighImpactActions(highImpactActions.inferredFrom(action.getIndicatorCodes()));
                    listings.save(new ActionListing(action.getId(), theme.getId(), position, duplicate));
                }
            }
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        byKey.forEach((k, a) -> ids.put(k, a.getId()));
        return ids;
    }

    private Action createAction(
            Plan plan,
            Theme theme,
            ThemeDraft t,
            ActionDraft a,
            int planYear,
            LocalDate today,
            String actor,
            Set<String> known) {
        Action action = new Action(plan.getId(), theme.getId(), a.key(), a.title());
        Long unitId = null;
        if (a.unitCode() != null) {
            unitId = units.unit(plan.getOrganisationCode(), a.unitCode())
                    .orElseThrow(() -> new InvalidPlanException(
                            "unknown organisational unit '" + a.unitCode() + "' for " + plan.getOrganisationCode(),
                            a.line()))
                    .id();
        }
        List<String> measures = a.successMeasures().isEmpty() ? t.successMeasures() : a.successMeasures();
        action.describe(a.rationale(), a.stakeholders(), measures, unitId);
        action.assign(a.leadRole(), a.leadUsername(), a.sponsorRole(), a.sponsorUsername());
        String timescale = a.timescale() == null ? t.timescale() : a.timescale();
        action.schedule(TimescaleParser.parse(timescale, planYear));
        Set<String> codes = new LinkedHashSet<>(checkedIndicators(t.indicators(), a.line(), known));
        codes.addAll(checkedIndicators(a.indicators(), a.line(), known));
        action.linkIndicators(codes);
        // no seed document names a high impact action for an action: Parity infers them, and says so
        action.inferHighImpactActions(highImpactActions.inferredFrom(codes));
        a.flags().forEach(action::addFlag);
        ActionStatus status = a.status();
        if (status == null) {
            status = action.getStart() != null && action.getStart().isAfter(today)
                    ? ActionStatus.NOT_STARTED
                    : ActionStatus.IN_PROGRESS;
        }
        action.changeStatus(status);
        action = actions.save(action);
        int position = 0;
        for (MilestoneDraft m : a.milestones()) {
            if (m.indicator() != null) {
                checkedIndicators(List.of(m.indicator()), a.line(), known);
            }
            milestones.save(new Milestone(
                    action.getId(),
                    ++position,
                    m.title(),
                    m.due(),
                    m.indicator(),
                    m.group(),
                    m.breakdown(),
                    m.baseline(),
                    m.baselinePeriod(),
                    m.target(),
                    m.targetPeriod()));
        }
        audit.record(AuditLog.Entry.of(actor, plan.getOrganisationCode(), "ACTION", action.getId(), "ACTION_CREATED")
                .states(null, status.name())
                .detail(plan.getKey() + "/" + a.key()));
        return action;
    }

    private static Set<String> checkedIndicators(List<String> codes, int line, Set<String> known) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes) {
            if (!known.contains(code)) {
                throw new InvalidPlanException("unknown indicator '" + code + "'", line);
            }
            result.add(code);
        }
        return result;
    }

    /** The first four-digit year of a plan's period ("2025–27" gives 2025), or this year if none. */
    static int planStartYear(String period, LocalDate today) {
        if (period != null) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("(19|20)\\d{2}").matcher(period);
            if (m.find()) {
                return Integer.parseInt(m.group());
            }
            try {
                return Period.parse(period).firstYear();
            } catch (IllegalArgumentException ignored) {
                // fall through to today
            }
        }
        return today.getYear();
    }
}
