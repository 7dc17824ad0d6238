package org.parity.plan;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parity.common.BadInputException;
import org.parity.common.RowError;
import org.parity.common.Violations;
import org.parity.indicator.HighImpactActions;
import org.parity.organisation.OrgUnit;
import org.parity.organisation.Organisations;
import org.parity.people.Caller;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports whole plans from a file the EDI team fills in from its Word or Excel plan, one action per row
 * ({@link PlanImportRow}). Each row is checked by the editor's own constraints ({@link PlanFields},
 * {@link ThemeFields}, {@link ActionFields}, {@link MilestoneFields}, read against the organisation) and
 * stored by the editors' own steps: a plan per distinct title, standard and period, a theme per distinct
 * theme of that plan, each action DRAFT with its process started by {@link ActionCreated}, each milestone,
 * all audited. All or nothing: with any error in any row nothing is stored, and the rows are stored in one
 * transaction. Only the organisation's EDI team and admins import (404 unseen, 403 otherwise).
 */
@Service
public class PlanImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PlanImport.class);

    /** The six high impact actions of NHS England's EDI improvement plan, as a file names them. */
    static final Pattern HIA = Pattern.compile("HIA[1-6]");

    /** How many rows are stored between two flushes of the unit of work (keeps each start's auto-flush small). */
    static final int FLUSH_EVERY = 50;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Map<String, String> COLUMN_OF_ACTION_FIELD = Map.of(
            "title", "action_title",
            "successMeasures", "success_measures",
            "themeId", "theme");
    private static final Map<String, String> COLUMN_OF_PLAN_FIELD = Map.of("title", "plan_title");
    private static final Set<String> QUOTE_VALUE = Set.of("standard", "lead", "sponsor", "indicators");

    /** A milestone as it will be stored. */
    public record MilestonePreview(
            String title, String indicator, String group, Double baseline, Double target, LocalDate due) {}

    /** A row as it will be stored: the action with its plan and theme, its parsed timescale and its milestones. */
    public record RowPreview(
            int row,
            String planTitle,
            String standard,
            String period,
            String theme,
            String title,
            String rationale,
            String lead,
            String sponsor,
            Timescale timescale,
            List<String> successMeasures,
            List<String> indicators,
            String unit,
            List<MilestonePreview> milestones,
            List<String> hias) {}

    /** Every row as it would be stored, every error of every row, and how many plans, themes and milestones. */
    public record Preview(List<RowPreview> rows, List<RowError> errors, int plans, int themes, int milestones) {

        public boolean acceptable() {
            return errors.isEmpty();
        }

        /** The errors of one row (row 0: the whole file). */
        public List<RowError> errorsOf(int row) {
            return errors.stream().filter(e -> e.row() == row).toList();
        }
    }

    /** A plan the import created, with its actions' ids in file order. */
    public record ImportedPlan(Long planId, String key, String title, List<Long> actionIds) {}

    private final PlanAndThemeEditor planEditor;
    private final ActionEditor actionEditor;
    private final MilestoneEditor milestoneEditor;
    private final MilestoneEvaluator evaluator;
    private final EditorSteps steps;
    private final PlanRepository plans;
    private final Organisations organisations;
    private final Validator validator;
    private final EntityManager entityManager;
    private final HighImpactActions highImpactActions;

    PlanImport(
            PlanAndThemeEditor planEditor,
            ActionEditor actionEditor,
            MilestoneEditor milestoneEditor,
            MilestoneEvaluator evaluator,
            EditorSteps steps,
            PlanRepository plans,
            Organisations organisations,
            Validator validator,
            EntityManager entityManager,
            HighImpactActions highImpactActions) {
        this.planEditor = planEditor;
        this.actionEditor = actionEditor;
        this.milestoneEditor = milestoneEditor;
        this.evaluator = evaluator;
        this.steps = steps;
        this.plans = plans;
        this.organisations = organisations;
        this.validator = validator;
        this.entityManager = entityManager;
        this.highImpactActions = highImpactActions;
    }

    /**
     * What the rows would store, with every error; nothing is written. {@code readErrors} are the errors
     * found while reading the file (listed with the rows'). 404 or 403 unless the caller runs the EDI work.
     */
    @Transactional(readOnly = true)
    public Preview preview(Caller caller, String organisation, List<PlanImportRow> rows, List<RowError> readErrors) {
        steps.checkEditor(caller, organisation);
        return check(organisation, rows, readErrors).preview();
    }

    /**
     * Stores every row in this one transaction, or nothing: any error (reading or checking) is a
     * {@link BadInputException} listing them all. Returns the plans created, in file order.
     */
    @Transactional
    public List<ImportedPlan> importPlans(
            Caller caller, String organisation, List<PlanImportRow> rows, List<RowError> readErrors) {
        steps.checkEditor(caller, organisation);
        long began = System.nanoTime();
        Checked checked = check(organisation, rows, readErrors);
        long checkedAt = System.nanoTime();
        if (!checked.errors.isEmpty()) {
            throw new BadInputException(
                    "The file has " + checked.errors.size() + " error(s): nothing was stored", checked.errors);
        }
        List<ImportedPlan> created = new ArrayList<>();
        Set<List<String>> evaluate = new LinkedHashSet<>();
        int stored = 0;
        for (PlanGroup group : checked.plans.values()) {
            Long planId = planEditor.createPlan(caller, organisation, group.fields);
            Map<String, Long> themeIds = new LinkedHashMap<>();
            Map<Long, Integer> positions = new LinkedHashMap<>();
            List<Long> actionIds = new ArrayList<>();
            String key = null;
            for (CheckedRow r : group.rows) {
                Plan plan = plans.findById(planId).orElseThrow();
                key = plan.getKey();
                Long themeId = themeIds.computeIfAbsent(
                        themeKey(r.theme.getTitle()), t -> planEditor.addTheme(caller, planId, r.theme));
                int position = positions.merge(themeId, 1, Integer::sum);
                Long actionId = actionEditor.create(
                        caller,
                        plan,
                        themeId,
                        "A" + (actionIds.size() + 1),
                        position,
                        r.action,
                        r.unitId,
                        "; imported from row " + r.row
                                + (r.hias.isEmpty() ? "" : "; high impact actions " + String.join(", ", r.hias)),
                        true);
                int m = 0;
                for (MilestoneFields f : r.milestones) {
                    milestoneEditor.create(caller, plan, actionId, ++m, f);
                    if (TypedText.clean(f.getIndicator()) != null) {
                        evaluate.add(java.util.Arrays.asList(
                                TypedText.clean(f.getIndicator()), TypedText.clean(f.getGroup())));
                    }
                }
                linkHighImpactActions(actionId, r.hias);
                actionIds.add(actionId);
                if (++stored % FLUSH_EVERY == 0) {
                    // write what this batch made and forget it, so that each process start's queries do not
                    // dirty-check every entity stored so far (which made a large import quadratic)
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            created.add(new ImportedPlan(planId, key, TypedText.clean(group.fields.getTitle()), actionIds));
        }
        entityManager.flush();
        long storedAt = System.nanoTime();
        for (List<String> series : evaluate) {
            evaluator.reevaluate(organisation, series.get(0), series.get(1), null);
        }
        log.info(
                "Imported {} rows into {} plan(s) of {}: checked in {} ms, stored in {} ms, milestones evaluated in {} ms",
                rows.size(),
                created.size(),
                organisation,
                (checkedAt - began) / 1_000_000,
                (storedAt - checkedAt) / 1_000_000,
                (System.nanoTime() - storedAt) / 1_000_000);
        return created;
    }

    /**
     * Links an imported action to the high impact actions its row names (checked codes, HIA1 to HIA6, each
     * once): the file states them, so they are not inferred. A row that names none gets the links Parity
     * infers from the action's indicators, each marked inferred with its reason, as seeded actions do.
     */
    void linkHighImpactActions(Long actionId, List<String> hiaCodes) {
        Action action = entityManager.find(Action.class, actionId);
        if (hiaCodes.isEmpty()) {
            action.inferHighImpactActions(highImpactActions.inferredFrom(action.getIndicatorCodes()));
        } else {
            action.chooseHighImpactActions(new java.util.LinkedHashSet<>(hiaCodes));
        }
    }

    private Checked check(String organisation, List<PlanImportRow> rows, List<RowError> readErrors) {
        Checked checked = new Checked();
        checked.errors.addAll(readErrors);
        if (rows.isEmpty() && readErrors.isEmpty()) {
            checked.errors.add(new RowError(0, "file", "The file has no rows under its header: nothing to import"));
        }
        List<Plan> existing = plans.findByOrganisationCodeOrderByStandardCodeAscTitleAsc(organisation);
        Map<String, OrgUnit> units = new LinkedHashMap<>();
        for (PlanImportRow row : rows) {
            CheckedRow r = checkRow(organisation, row, units, checked.errors);
            checked.rows.add(r);
            PlanGroup group = checked.plans.computeIfAbsent(planKey(r.plan), k -> new PlanGroup(r.plan, row.row()));
            group.rows.add(r);
            if (group.firstRow == row.row() && TypedText.clean(r.plan.getTitle()) != null) {
                boolean exists = existing.stream()
                        .anyMatch(p -> themeKey(p.getTitle()).equals(themeKey(r.plan.getTitle()))
                                && themeKey(p.getPeriod()).equals(themeKey(r.plan.getPeriod())));
                if (exists) {
                    checked.errors.add(new RowError(
                            row.row(),
                            "plan_title",
                            "This organisation already has a plan with this title and period: add to it in the plan"
                                    + " editor, or give the imported plan another title"));
                }
            }
        }
        checked.errors.sort(Comparator.comparingInt(RowError::row));
        return checked;
    }

    private CheckedRow checkRow(String org, PlanImportRow row, Map<String, OrgUnit> units, List<RowError> errors) {
        int n = row.row();
        PlanFields plan = new PlanFields();
        plan.setTitle(row.planTitle());
        plan.setStandard(row.standard());
        plan.setPeriod(row.period());
        violations(n, validator.validate(plan, PlanFields.New.class), COLUMN_OF_PLAN_FIELD, row, errors);

        ThemeFields theme = new ThemeFields();
        theme.setTitle(row.theme());
        violations(n, validator.validate(theme), Map.of("title", "theme"), row, errors);

        ActionFields action = ActionFields.imported(org);
        action.setTitle(row.actionTitle());
        action.setRationale(row.rationale());
        action.setLead(row.lead());
        action.setSponsor(row.sponsor());
        action.setTimescale(row.timescale());
        action.setSuccessMeasures(String.join("\n", list(row.successMeasures())));
        action.setIndicators(new LinkedHashSet<>(list(row.indicators())));
        violations(n, validator.validate(action), COLUMN_OF_ACTION_FIELD, row, errors);

        Long unitId = null;
        String unitCode = TypedText.clean(row.unit());
        if (unitCode != null) {
            OrgUnit unit = units.computeIfAbsent(
                    unitCode, c -> organisations.unit(org, c).orElse(null));
            if (unit == null) {
                units.remove(unitCode);
                errors.add(new RowError(
                        n, "unit", "'" + unitCode + "' is not an organisational unit of this organisation"));
            } else {
                unitId = unit.id();
            }
        }

        List<MilestoneFields> milestones = new ArrayList<>();
        List<String> items = list(row.milestones());
        for (int i = 0; i < items.size(); i++) {
            String[] parts = items.get(i).split(Pattern.quote(PlanImportRow.PART_SEPARATOR), -1);
            String label = "milestone " + (i + 1);
            if (parts.length > PlanImportRow.MILESTONE_PARTS.size()) {
                errors.add(new RowError(
                        n,
                        "milestones",
                        label + " has " + parts.length + " parts: write "
                                + String.join(PlanImportRow.PART_SEPARATOR, PlanImportRow.MILESTONE_PARTS)));
                continue;
            }
            MilestoneFields f = milestone(org, parts);
            for (ConstraintViolation<MilestoneFields> v : validator.validate(f)) {
                String field = Violations.field(v.getPropertyPath());
                String part = "dueDay".equals(field) ? "due" : field;
                String typed = part(parts, PlanImportRow.MILESTONE_PARTS.indexOf(part));
                errors.add(new RowError(
                        n,
                        "milestones",
                        label + ", " + part + ": " + v.getMessage()
                                + (typed == null
                                        ? ""
                                        : " (in the file: '" + typed + "'"
                                                + ("due".equals(part) ? "; write dates as 2026-03-31" : "") + ")")));
            }
            milestones.add(f);
        }

        List<String> hias = new ArrayList<>();
        for (String code : list(row.hias())) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (!HIA.matcher(upper).matches()) {
                errors.add(new RowError(
                        n,
                        "hias",
                        "'" + code
                                + "' is not one of the six high impact actions: write HIA1 to HIA6, separated by ;"));
            } else if (!hias.contains(upper)) {
                hias.add(upper);
            }
        }
        return new CheckedRow(n, plan, theme, action, unitId, unitCode, milestones, hias);
    }

    /** A milestone's fields from its parts (title|indicator|group|baseline|target|due); missing parts are empty. */
    private static MilestoneFields milestone(String org, String[] parts) {
        MilestoneFields f = MilestoneFields.imported(org);
        f.setTitle(part(parts, 0));
        f.setIndicator(part(parts, 1));
        f.setGroup(part(parts, 2));
        f.setBaseline(part(parts, 3));
        f.setTarget(part(parts, 4));
        String due = part(parts, 5);
        if (due != null) {
            Matcher iso = ISO_DATE.matcher(due);
            Matcher uk = UK_DATE.matcher(due);
            if (iso.matches()) {
                f.setDueYear(iso.group(1));
                f.setDueMonth(iso.group(2));
                f.setDueDay(iso.group(3));
            } else if (uk.matches()) {
                f.setDueDay(uk.group(1));
                f.setDueMonth(uk.group(2));
                f.setDueYear(uk.group(3));
            } else {
                f.setDueDay(due); // not a date: the constraint says so
            }
        }
        return f;
    }

    private static String part(String[] parts, int index) {
        return index >= 0 && index < parts.length ? TypedText.clean(parts[index]) : null;
    }

    private static <T> void violations(
            int row,
            Set<ConstraintViolation<T>> violations,
            Map<String, String> columns,
            PlanImportRow typed,
            List<RowError> errors) {
        for (RowError e : Violations.rowErrors(row, violations)) {
            String column = columns.getOrDefault(e.field(), e.field());
            String value = QUOTE_VALUE.contains(column) ? typedValue(typed, column) : null;
            errors.add(
                    new RowError(row, column, e.message() + (value == null ? "" : " (in the file: '" + value + "')")));
        }
    }

    private static String typedValue(PlanImportRow row, String column) {
        int index = PlanImportRow.COLUMNS.indexOf(column);
        return index < 0 ? null : TypedText.clean(row.cells().get(index));
    }

    /** A cell's list: the items between separators, stripped, blanks left out. */
    static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split(Pattern.quote(PlanImportRow.LIST_SEPARATOR)))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String planKey(PlanFields f) {
        return themeKey(f.getTitle()) + "\u0000" + PlanFields.standardCode(f.getStandard()) + "\u0000"
                + themeKey(f.getPeriod());
    }

    /** A title as compared: stripped, spaces folded, case ignored. */
    private static String themeKey(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private final class Checked {
        final List<RowError> errors = new ArrayList<>();
        final List<CheckedRow> rows = new ArrayList<>();
        final Map<String, PlanGroup> plans = new LinkedHashMap<>();

        Preview preview() {
            List<RowPreview> previews = new ArrayList<>();
            int themes = 0;
            int milestones = 0;
            for (PlanGroup g : plans.values()) {
                themes += (int) g.rows.stream()
                        .map(r -> themeKey(r.theme.getTitle()))
                        .distinct()
                        .count();
            }
            for (CheckedRow r : rows) {
                milestones += r.milestones.size();
                previews.add(r.preview());
            }
            return new Preview(previews, List.copyOf(errors), plans.size(), themes, milestones);
        }
    }

    private static final class PlanGroup {
        final PlanFields fields;
        final int firstRow;
        final List<CheckedRow> rows = new ArrayList<>();

        PlanGroup(PlanFields fields, int firstRow) {
            this.fields = fields;
            this.firstRow = firstRow;
        }
    }

    private final class CheckedRow {
        final int row;
        final PlanFields plan;
        final ThemeFields theme;
        final ActionFields action;
        final Long unitId;
        final String unitCode;
        final List<MilestoneFields> milestones;
        final List<String> hias;

        CheckedRow(
                int row,
                PlanFields plan,
                ThemeFields theme,
                ActionFields action,
                Long unitId,
                String unitCode,
                List<MilestoneFields> milestones,
                List<String> hias) {
            this.row = row;
            this.plan = plan;
            this.theme = theme;
            this.action = action;
            this.unitId = unitId;
            this.unitCode = unitCode;
            this.milestones = milestones;
            this.hias = hias;
        }

        RowPreview preview() {
            return new RowPreview(
                    row,
                    TypedText.clean(plan.getTitle()),
                    PlanFields.standardCode(plan.getStandard()),
                    TypedText.clean(plan.getPeriod()),
                    TypedText.clean(theme.getTitle()),
                    TypedText.clean(action.getTitle()),
                    TypedText.clean(action.getRationale()),
                    TypedText.clean(action.getLead()),
                    TypedText.clean(action.getSponsor()),
                    actionEditor.timescale(plan.getPeriod(), action.getTimescale()),
                    TypedText.lines(action.getSuccessMeasures()),
                    List.copyOf(action.getIndicators()),
                    unitCode,
                    milestones.stream()
                            .map(f -> new MilestonePreview(
                                    TypedText.clean(f.getTitle()),
                                    TypedText.clean(f.getIndicator()),
                                    TypedText.clean(f.getGroup()),
                                    f.baselineValue(),
                                    f.targetValue(),
                                    f.due()))
                            .toList(),
                    List.copyOf(hias));
        }
    }
}
