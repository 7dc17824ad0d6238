package org.parity.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parity.common.NotFoundException;
import org.parity.people.Caller;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionListing;
import org.parity.plan.internal.ActionListingRepository;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Plan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What the EDI team of an organisation (and admins) change by hand in an action: its fields, lead and
 * sponsor. Unseen organisations are 404, other callers 403; fields that break their constraints are
 * refused before anything is read or written; an edit against an old version is a conflict. A new
 * action starts DRAFT and {@link ActionCreated} is published in the same transaction, so its process
 * starts with it or not at all. Every change is audited.
 */
@Service
@Validated
public class ActionEditor {

    private final ActionRepository actions;
    private final ActionListingRepository listings;
    private final EditorSteps steps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionEditor(
            ActionRepository actions,
            ActionListingRepository listings,
            EditorSteps steps,
            ApplicationEventPublisher events,
            Clock clock) {
        this.actions = actions;
        this.listings = listings;
        this.steps = steps;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a DRAFT action under a theme of the fields' plan; its process starts in the same transaction. */
    @Transactional
    @Validated(ActionFields.New.class)
    public Long createAction(Caller caller, @NotNull @Valid ActionFields fields) {
        Plan plan = steps.editablePlan(caller, fields.getPlanId());
        Long themeId = fields.getThemeId();
        int position = listings.findByThemeIdInOrderByThemeIdAscPositionAsc(List.of(themeId))
                        .size()
                + 1;
        return create(caller, plan, themeId, freeActionKey(plan.getId()), position, fields, null, "");
    }

    /**
     * Stores a DRAFT action checked by its fields' constraints (the caller edits the plan: checked by
     * whoever calls), listed at this position of its theme, audits it and publishes {@link ActionCreated}
     * so that its process starts in this transaction. The one way a new action is made, by hand or by an
     * import; {@code note} is added to the audit entry.
     */
    Long create(
            Caller caller,
            Plan plan,
            Long themeId,
            String key,
            int position,
            ActionFields fields,
            Long unitId,
            String note) {
        return create(caller, plan, themeId, key, position, fields, unitId, note, false);
    }

    /**
     * As {@link #create(Caller, Plan, Long, String, int, ActionFields, Long, String)}; {@code oneOfMany}: the
     * transaction creates many actions, whose processes may start together before it commits.
     */
    Long create(
            Caller caller,
            Plan plan,
            Long themeId,
            String key,
            int position,
            ActionFields fields,
            Long unitId,
            String note,
            boolean oneOfMany) {
        Timescale timescale = timescale(plan, fields);
        String lead = TypedText.clean(fields.getLead());
        String sponsor = TypedText.clean(fields.getSponsor());
        Action action = new Action(plan.getId(), themeId, key, TypedText.clean(fields.getTitle()));
        action.describe(
                TypedText.clean(fields.getRationale()),
                TypedText.lines(fields.getStakeholders()),
                TypedText.lines(fields.getSuccessMeasures()),
                unitId);
        action.assign(null, lead, null, sponsor);
        action.schedule(timescale);
        action.linkIndicators(new LinkedHashSet<>(fields.getIndicators()));
        action.chooseHighImpactActions(new LinkedHashSet<>(fields.getHighImpactActions()));
        action = actions.save(action);
        listings.save(new ActionListing(action.getId(), themeId, position, false));
        steps.record(
                caller,
                plan.getOrganisationCode(),
                "ACTION",
                action.getId(),
                "ACTION_CREATED",
                null,
                ActionStatus.DRAFT.name(),
                plan.getKey() + "/" + action.getKey() + ": lead " + lead + ", sponsor " + sponsor + note);
        events.publishEvent(new ActionCreated(action.getId(), plan.getOrganisationCode(), oneOfMany));
        return action.getId();
    }

    /**
     * Changes an action's fields, lead and sponsor (not its theme). Open tasks of its process keep their
     * assignee: the new lead or sponsor gets the tasks that open from now on.
     */
    @Transactional
    public void reviseAction(Caller caller, Long actionId, long version, @NotNull @Valid ActionFields fields) {
        Action action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("action " + actionId));
        Plan plan = steps.editablePlan(caller, action.getPlanId());
        EditorSteps.sameSubject(fields.getPlanId(), plan.getId());
        EditorSteps.current(action.getVersion(), version);
        String title = TypedText.clean(fields.getTitle());
        String lead = TypedText.clean(fields.getLead());
        String sponsor = TypedText.clean(fields.getSponsor());
        Timescale timescale = timescale(plan, fields);
        Set<String> indicators = new LinkedHashSet<>(fields.getIndicators());
        List<String> changes = new ArrayList<>();
        EditorSteps.note(changes, "title", action.getTitle(), title);
        EditorSteps.note(changes, "lead", action.getLeadUsername(), lead);
        EditorSteps.note(changes, "sponsor", action.getSponsorUsername(), sponsor);
        EditorSteps.note(changes, "timescale", action.getTimescaleText(), timescale.text());
        EditorSteps.note(changes, "indicators", String.valueOf(action.getIndicatorCodes()), String.valueOf(indicators));
        Set<String> hias = new java.util.TreeSet<>(fields.getHighImpactActions());
        EditorSteps.note(
                changes,
                "high impact actions",
                String.valueOf(new java.util.TreeSet<>(
                        action.getHiaLinks().stream().map(l -> l.getHiaCode()).toList())),
                String.valueOf(hias));
        action.revise(
                title,
                TypedText.clean(fields.getRationale()),
                TypedText.lines(fields.getStakeholders()),
                TypedText.lines(fields.getSuccessMeasures()));
        if (!Objects.equals(action.getLeadUsername(), lead) || !Objects.equals(action.getSponsorUsername(), sponsor)) {
            action.assign(action.getLeadRole(), lead, action.getSponsorRole(), sponsor);
        }
        action.reschedule(timescale);
        action.relinkIndicators(indicators);
        action.chooseHighImpactActions(hias);
        actions.flush();
        steps.record(
                caller,
                plan.getOrganisationCode(),
                "ACTION",
                actionId,
                "ACTION_CHANGED",
                null,
                null,
                changes.isEmpty() ? "rationale, measures or stakeholders" : String.join("; ", changes));
    }

    /** The timescale as typed, read against the year the plan starts. */
    private Timescale timescale(Plan plan, ActionFields fields) {
        return timescale(plan.getPeriod(), fields.getTimescale());
    }

    /** A timescale as typed, read against the year a plan of this period starts. */
    Timescale timescale(String planPeriod, String typed) {
        return TimescaleParser.parse(
                TypedText.clean(typed), PlanService.planStartYear(TypedText.clean(planPeriod), LocalDate.now(clock)));
    }

    private String freeActionKey(Long planId) {
        Set<String> used = new HashSet<>();
        actions.findByPlanIdOrderById(planId).forEach(a -> used.add(a.getKey()));
        int n = used.size() + 1;
        while (used.contains("A" + n)) {
            n++;
        }
        return "A" + n;
    }
}
