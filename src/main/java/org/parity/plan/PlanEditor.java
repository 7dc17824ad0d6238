package org.parity.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parity.audit.AuditLog;
import org.parity.audit.AuditLog.Entry;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.common.NotFoundException;
import org.parity.common.Numbers;
import org.parity.common.RowError;
import org.parity.common.TextRules;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.People;
import org.parity.people.Role;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the EDI team of an organisation (and admins) change by hand: plans, themes, actions and their
 * milestones. Unseen organisations are 404, other callers 403; input problems come back as field errors
 * whose messages are message keys; an edit made against an old version is a conflict and changes
 * nothing. Every change is audited. A new action starts DRAFT and {@link ActionCreated} is published
 * in the same transaction, so its process starts with it or not at all.
 */
@Service
public class PlanEditor {

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final ActionRepository actions;
    private final ActionListingRepository listings;
    private final MilestoneRepository milestones;
    private final IndicatorCatalogue catalogue;
    private final People users;
    private final OrganisationAccess access;
    private final MilestoneEvaluator evaluator;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    PlanEditor(
            PlanRepository plans,
            ThemeRepository themes,
            ActionRepository actions,
            ActionListingRepository listings,
            MilestoneRepository milestones,
            IndicatorCatalogue catalogue,
            People users,
            OrganisationAccess access,
            MilestoneEvaluator evaluator,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.plans = plans;
        this.themes = themes;
        this.actions = actions;
        this.listings = listings;
        this.milestones = milestones;
        this.catalogue = catalogue;
        this.users = users;
        this.access = access;
        this.evaluator = evaluator;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A plan's fields as typed. */
    public record PlanFields(String title, String standard, String period, String description) {}

    /** An action's fields as typed: measures and stakeholders one per line. */
    public record ActionFields(
            Long themeId,
            String title,
            String rationale,
            String lead,
            String sponsor,
            String timescale,
            String successMeasures,
            String stakeholders,
            Set<String> indicators) {}

    /** A milestone's fields as typed: the due date in three parts, the figures as text. */
    public record MilestoneFields(
            String title,
            String dueDay,
            String dueMonth,
            String dueYear,
            String indicator,
            String group,
            String baseline,
            String baselinePeriod,
            String target,
            String targetPeriod) {}

    /** A plan or theme as its edit form starts. */
    public record PlanToEdit(
            Long id,
            String organisation,
            String title,
            String standard,
            String period,
            String description,
            long version) {}

    public record ThemeToEdit(Long id, Long planId, String plan, String title, long version) {}

    /** A person who may be chosen as lead or sponsor. */
    public record Person(String username, String displayName) {}

    /** 404 when the organisation is not visible to the caller, 403 when they may read but not edit it. */
    public void checkEditor(Caller caller, String organisation) {
        access.ediWork(caller, organisation, "edits its plans");
    }

    @Transactional(readOnly = true)
    public List<Person> people(String organisation, Role role) {
        return users.inOrganisation(organisation).stream()
                .filter(u -> u.enabled() && u.has(role))
                .map(u -> new Person(u.username(), u.displayName()))
                .toList();
    }

    @Transactional(readOnly = true)
    public PlanToEdit planToEdit(Caller caller, Long planId) {
        Plan p = editablePlan(caller, planId);
        return new PlanToEdit(
                p.getId(),
                p.getOrganisationCode(),
                p.getTitle(),
                p.getStandardCode(),
                p.getPeriod(),
                p.getDescription(),
                p.getVersion());
    }

    @Transactional(readOnly = true)
    public ThemeToEdit themeToEdit(Caller caller, Long themeId) {
        Theme t = themes.findById(themeId).orElseThrow(() -> new NotFoundException("theme " + themeId));
        Plan p = editablePlan(caller, t.getPlanId());
        return new ThemeToEdit(t.getId(), p.getId(), p.getTitle(), t.getTitle(), t.getVersion());
    }

    @Transactional
    public Long createPlan(Caller caller, String organisation, PlanFields fields) {
        checkEditor(caller, organisation);
        List<RowError> errors = new ArrayList<>();
        String title = required(fields.title(), "title", 500, errors);
        String period = required(fields.period(), "period", 60, errors);
        String description = optional(fields.description(), "description", 4000, errors);
        String standard =
                fields.standard() == null ? "" : fields.standard().strip().toUpperCase(Locale.ROOT);
        if (!standard.matches("WRES|WDES|GPG|EDI") || !catalogue.standardExists(standard)) {
            errors.add(new RowError(0, "standard", "editor.error.standard"));
        }
        refuseIf(errors);
        Plan plan = plans.save(new Plan(
                freeKey(organisation, standard, period),
                organisation,
                standard,
                title,
                period,
                description,
                List.of(),
                List.of()));
        audit.record(Entry.of(caller.username(), organisation, "PLAN", plan.getId(), "PLAN_CREATED")
                .states(null, "CREATED")
                .detail(plan.getKey() + ": " + title));
        return plan.getId();
    }

    @Transactional
    public void revisePlan(Caller caller, Long planId, long version, PlanFields fields) {
        Plan plan = editablePlan(caller, planId);
        current(plan.getVersion(), version);
        List<RowError> errors = new ArrayList<>();
        String title = required(fields.title(), "title", 500, errors);
        String period = required(fields.period(), "period", 60, errors);
        String description = optional(fields.description(), "description", 4000, errors);
        refuseIf(errors);
        String before = plan.getTitle() + " · " + plan.getPeriod();
        plan.revise(title, period, description);
        plans.flush();
        audit.record(Entry.of(caller.username(), plan.getOrganisationCode(), "PLAN", planId, "PLAN_CHANGED")
                .detail(before + " -> " + title + " · " + period));
    }

    @Transactional
    public Long addTheme(Caller caller, Long planId, String title) {
        Plan plan = editablePlan(caller, planId);
        List<RowError> errors = new ArrayList<>();
        String name = required(title, "title", 500, errors);
        refuseIf(errors);
        int position = themes.findByPlanIdOrderByPosition(planId).size() + 1;
        Theme theme = themes.save(new Theme(planId, position, name, null, List.of(), List.of(), null, null));
        audit.record(Entry.of(caller.username(), plan.getOrganisationCode(), "THEME", theme.getId(), "THEME_ADDED")
                .states(null, "CREATED")
                .detail(plan.getKey() + ": " + name));
        return theme.getId();
    }

    @Transactional
    public void renameTheme(Caller caller, Long themeId, long version, String title) {
        Theme theme = themes.findById(themeId).orElseThrow(() -> new NotFoundException("theme " + themeId));
        Plan plan = editablePlan(caller, theme.getPlanId());
        current(theme.getVersion(), version);
        List<RowError> errors = new ArrayList<>();
        String name = required(title, "title", 500, errors);
        refuseIf(errors);
        String before = theme.getTitle();
        theme.rename(name);
        themes.flush();
        audit.record(Entry.of(caller.username(), plan.getOrganisationCode(), "THEME", themeId, "THEME_RENAMED")
                .detail(before + " -> " + name));
    }

    /** Creates a DRAFT action under a theme of the plan; its process starts in the same transaction. */
    @Transactional
    public Long createAction(Caller caller, Long planId, ActionFields fields) {
        Plan plan = editablePlan(caller, planId);
        List<RowError> errors = new ArrayList<>();
        Theme theme = fields.themeId() == null
                ? null
                : themes.findById(fields.themeId())
                        .filter(t -> t.getPlanId().equals(planId))
                        .orElse(null);
        if (theme == null) {
            errors.add(new RowError(0, "themeId", "editor.error.theme"));
        }
        Checked a = check(plan, fields, errors);
        refuseIf(errors);
        Action action = new Action(planId, theme.getId(), freeActionKey(planId), a.title());
        action.describe(a.rationale(), a.stakeholders(), a.measures(), null);
        action.assign(null, a.lead(), null, a.sponsor());
        action.schedule(a.timescale());
        action.linkIndicators(a.indicators());
        action = actions.save(action);
        int position = listings.findByThemeIdInOrderByThemeIdAscPositionAsc(List.of(theme.getId()))
                        .size()
                + 1;
        listings.save(new ActionListing(action.getId(), theme.getId(), position, false));
        audit.record(Entry.of(caller.username(), plan.getOrganisationCode(), "ACTION", action.getId(), "ACTION_CREATED")
                .states(null, ActionStatus.DRAFT.name())
                .detail(plan.getKey() + "/" + action.getKey() + ": lead " + a.lead() + ", sponsor " + a.sponsor()));
        events.publishEvent(new ActionCreated(action.getId(), plan.getOrganisationCode()));
        return action.getId();
    }

    /**
     * Changes an action's fields, lead and sponsor. Open tasks of its process keep their assignee: the
     * new lead or sponsor gets the tasks that open from now on.
     */
    @Transactional
    public void reviseAction(Caller caller, Long actionId, long version, ActionFields fields) {
        Action action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("action " + actionId));
        Plan plan = editablePlan(caller, action.getPlanId());
        current(action.getVersion(), version);
        List<RowError> errors = new ArrayList<>();
        Checked a = check(plan, fields, errors);
        refuseIf(errors);
        List<String> changes = new ArrayList<>();
        note(changes, "title", action.getTitle(), a.title());
        note(changes, "lead", action.getLeadUsername(), a.lead());
        note(changes, "sponsor", action.getSponsorUsername(), a.sponsor());
        note(changes, "timescale", action.getTimescaleText(), a.timescale().text());
        note(changes, "indicators", String.valueOf(action.getIndicatorCodes()), String.valueOf(a.indicators()));
        action.revise(a.title(), a.rationale(), a.stakeholders(), a.measures());
        if (!Objects.equals(action.getLeadUsername(), a.lead())
                || !Objects.equals(action.getSponsorUsername(), a.sponsor())) {
            action.assign(action.getLeadRole(), a.lead(), action.getSponsorRole(), a.sponsor());
        }
        action.reschedule(a.timescale());
        action.relinkIndicators(a.indicators());
        actions.flush();
        audit.record(Entry.of(caller.username(), plan.getOrganisationCode(), "ACTION", actionId, "ACTION_CHANGED")
                .detail(changes.isEmpty() ? "rationale, measures or stakeholders" : String.join("; ", changes)));
    }

    @Transactional
    public Long addMilestone(Caller caller, Long actionId, MilestoneFields f) {
        Action action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("action " + actionId));
        Plan plan = editablePlan(caller, action.getPlanId());
        CheckedMilestone c = checkMilestone(plan, f);
        int position = milestones.findByActionIdOrderByPosition(actionId).size() + 1;
        Milestone m = milestones.save(new Milestone(
                actionId,
                position,
                c.title(),
                c.due(),
                c.indicator(),
                c.group(),
                null,
                c.baseline(),
                c.baselinePeriod(),
                c.target(),
                c.targetPeriod()));
        audit.record(Entry.of(caller.username(), plan.getOrganisationCode(), "MILESTONE", m.getId(), "MILESTONE_ADDED")
                .states(null, m.getStatus().name())
                .detail("action " + actionId + ": " + c.title()));
        if (c.indicator() != null) {
            evaluator.reevaluate(plan.getOrganisationCode(), c.indicator(), c.group(), null);
        }
        return m.getId();
    }

    /** Changes a milestone as typed; a stale form (another change since it was loaded) is refused. */
    @Transactional
    public Long updateMilestone(Caller caller, Long milestoneId, long version, MilestoneFields f) {
        Milestone m =
                milestones.findById(milestoneId).orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
        Action action =
                actions.findById(m.getActionId()).orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
        Plan plan = editablePlan(caller, action.getPlanId());
        CheckedMilestone c = checkMilestone(plan, f);
        current(m.getVersion(), version);
        String before = m.getStatus().name();
        m.revise(
                c.title(),
                c.due(),
                c.indicator(),
                c.group(),
                c.baseline(),
                c.baselinePeriod(),
                c.target(),
                c.targetPeriod());
        milestones.saveAndFlush(m);
        audit.record(
                Entry.of(caller.username(), plan.getOrganisationCode(), "MILESTONE", m.getId(), "MILESTONE_CHANGED")
                        .states(before, m.getStatus().name())
                        .detail("action " + action.getId() + ": " + c.title()));
        if (c.indicator() != null) {
            evaluator.reevaluate(plan.getOrganisationCode(), c.indicator(), c.group(), null);
        }
        return action.getId();
    }

    /** Removes a milestone added by mistake; a stale form is refused. Returns the action's id. */
    @Transactional
    public Long deleteMilestone(Caller caller, Long milestoneId, long version) {
        Milestone m =
                milestones.findById(milestoneId).orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
        Action action =
                actions.findById(m.getActionId()).orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
        Plan plan = editablePlan(caller, action.getPlanId());
        current(m.getVersion(), version);
        milestones.delete(m);
        audit.record(
                Entry.of(caller.username(), plan.getOrganisationCode(), "MILESTONE", m.getId(), "MILESTONE_DELETED")
                        .states(m.getStatus().name(), null)
                        .detail("action " + action.getId() + ": " + m.getTitle()));
        return action.getId();
    }

    /** The action a milestone belongs to (404 when there is no such milestone; visibility is checked by the caller). */
    @Transactional(readOnly = true)
    public Long actionOfMilestone(Long milestoneId) {
        return milestones
                .findById(milestoneId)
                .map(Milestone::getActionId)
                .orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
    }

    @Transactional(readOnly = true)
    public long milestoneVersion(Long milestoneId) {
        return milestones
                .findById(milestoneId)
                .map(Milestone::getVersion)
                .orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
    }

    private record CheckedMilestone(
            String title,
            LocalDate due,
            String indicator,
            String group,
            Double baseline,
            String baselinePeriod,
            Double target,
            String targetPeriod) {}

    private CheckedMilestone checkMilestone(Plan plan, MilestoneFields f) {
        List<RowError> errors = new ArrayList<>();
        String title = required(f.title(), "title", 1000, errors);
        LocalDate due = date(f.dueDay(), f.dueMonth(), f.dueYear(), errors);
        String indicator = blankToNull(f.indicator());
        if (indicator != null && !visibleIndicator(indicator, plan.getOrganisationCode())) {
            errors.add(new RowError(0, "indicator", "editor.error.indicator"));
        }
        String group = optional(f.group(), "group", 60, errors);
        Double baseline = number(f.baseline(), "baseline", errors);
        String baselinePeriod = period(f.baselinePeriod(), "baselinePeriod", errors);
        Double target = number(f.target(), "target", errors);
        String targetPeriod = period(f.targetPeriod(), "targetPeriod", errors);
        if (indicator == null && target != null) {
            errors.add(new RowError(0, "indicator", "editor.error.targetNeedsIndicator"));
        } else if (indicator == null && (baseline != null || group != null)) {
            errors.add(new RowError(0, "indicator", "editor.error.needsIndicator"));
        }
        refuseIf(errors);
        return new CheckedMilestone(title, due, indicator, group, baseline, baselinePeriod, target, targetPeriod);
    }

    private record Checked(
            String title,
            String rationale,
            String lead,
            String sponsor,
            Timescale timescale,
            List<String> measures,
            List<String> stakeholders,
            Set<String> indicators) {}

    private Checked check(Plan plan, ActionFields f, List<RowError> errors) {
        String org = plan.getOrganisationCode();
        String title = required(f.title(), "title", 2000, errors);
        String rationale = optional(f.rationale(), "rationale", 4000, errors);
        String lead = blankToNull(f.lead());
        if (lead == null
                || people(org, Role.LEAD).stream().noneMatch(p -> p.username().equals(lead))) {
            errors.add(new RowError(0, "lead", "editor.error.lead"));
        }
        String sponsor = blankToNull(f.sponsor());
        if (sponsor == null
                || people(org, Role.SPONSOR).stream()
                        .noneMatch(p -> p.username().equals(sponsor))) {
            errors.add(new RowError(0, "sponsor", "editor.error.sponsor"));
        }
        String timescaleText = optional(f.timescale(), "timescale", 1000, errors);
        List<String> measures = lines(f.successMeasures(), "successMeasures", 4000, errors);
        List<String> stakeholders = lines(f.stakeholders(), "stakeholders", 2000, errors);
        Set<String> indicators = new LinkedHashSet<>(f.indicators() == null ? Set.of() : f.indicators());
        if (indicators.stream().anyMatch(code -> !visibleIndicator(code, org))) {
            errors.add(new RowError(0, "indicators", "editor.error.indicators"));
        }
        Timescale timescale =
                TimescaleParser.parse(timescaleText, PlanService.planStartYear(plan.getPeriod(), LocalDate.now(clock)));
        return new Checked(title, rationale, lead, sponsor, timescale, measures, stakeholders, indicators);
    }

    private boolean visibleIndicator(String code, String organisation) {
        try {
            catalogue.get(code, Set.of(organisation));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private Plan editablePlan(Caller caller, Long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        if (!access.canRead(caller, plan.getOrganisationCode())) {
            throw new NotFoundException("plan " + planId);
        }
        checkEditor(caller, plan.getOrganisationCode());
        return plan;
    }

    private static void current(long stored, long typedAgainst) {
        if (stored != typedAgainst) {
            throw new ConflictException("Someone else changed this since the form was opened");
        }
    }

    private static void refuseIf(List<RowError> errors) {
        if (!errors.isEmpty()) {
            throw new BadInputException("Nothing was saved", errors);
        }
    }

    private static void note(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " " + before + " -> " + after);
        }
    }

    private static String required(String text, String field, int max, List<RowError> errors) {
        String value = blankToNull(text);
        // blank is "required"; text of control characters only is the text rule's error, not both
        if (value == null
                && (text == null
                        || TextRules.problem(field, text, Integer.MAX_VALUE, false)
                                .isEmpty())) {
            errors.add(new RowError(0, field, "editor.error.required." + field));
        }
        return checked(text, value, field, max, MULTI_LINE.contains(field), errors);
    }

    private static String optional(String text, String field, int max, List<RowError> errors) {
        return checked(text, blankToNull(text), field, max, MULTI_LINE.contains(field), errors);
    }

    private static List<String> lines(String text, String field, int max, List<RowError> errors) {
        checked(text, text, field, max, true, errors);
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Fields written over several lines; every other field is one line. */
    private static final java.util.Set<String> MULTI_LINE = java.util.Set.of("description", "rationale");

    /** The value, or its error: too long for its column, or a control character the text rule forbids. */
    private static String checked(
            String typed, String value, String field, int max, boolean multiLine, List<RowError> errors) {
        if (typed != null && typed.length() > max) {
            errors.add(new RowError(0, field, "editor.error.tooLong"));
        } else if (typed != null
                && TextRules.problem(field, typed, max, multiLine).isPresent()) {
            errors.add(new RowError(0, field, "editor.error.control"));
        }
        return value;
    }

    private static LocalDate date(String day, String month, String year, List<RowError> errors) {
        if (blankToNull(day) == null && blankToNull(month) == null && blankToNull(year) == null) {
            errors.add(new RowError(0, "dueDay", "editor.error.required.due"));
            return null;
        }
        try {
            long y = Numbers.whole(year, 2000, 2100).orElseThrow();
            long m = Numbers.whole(month, 1, 12).orElseThrow();
            long d = Numbers.whole(day, 1, 31).orElseThrow();
            return LocalDate.of((int) y, (int) m, (int) d);
        } catch (RuntimeException e) {
            errors.add(new RowError(0, "dueDay", "editor.error.date"));
            return null;
        }
    }

    private static Double number(String text, String field, List<RowError> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        Optional<Double> number = Numbers.decimal(value);
        if (number.isEmpty()) {
            errors.add(new RowError(0, field, "editor.error.number"));
            return null;
        }
        return number.get();
    }

    private static String period(String text, String field, List<RowError> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return org.parity.indicator.Period.parse(value).code();
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(0, field, "editor.error.period"));
            return null;
        }
    }

    private String freeKey(String organisation, String standard, String period) {
        String base = (organisation + "-" + standard + "-" + period)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        base = base.length() > 100 ? base.substring(0, 100) : base;
        String key = base;
        for (int n = 2; plans.findByKey(key).isPresent(); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private String freeActionKey(Long planId) {
        Set<String> used = new java.util.HashSet<>();
        actions.findByPlanIdOrderById(planId).forEach(a -> used.add(a.getKey()));
        int n = used.size() + 1;
        while (used.contains("A" + n)) {
            n++;
        }
        return "A" + n;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
