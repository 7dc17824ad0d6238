package org.parity.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.parity.common.NotFoundException;
import org.parity.people.Caller;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.Theme;
import org.parity.plan.internal.ThemeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What the EDI team of an organisation (and admins) change by hand in a plan: the plan itself and its
 * themes. Unseen organisations are 404, other callers 403; fields that break their constraints are
 * refused before anything is read or written; an edit made against an old version is a conflict and
 * changes nothing. Every change is audited.
 */
@Service
@Validated
public class PlanAndThemeEditor {

    /** A plan as its edit form starts. */
    public record PlanToEdit(
            Long id,
            String organisation,
            String title,
            String standard,
            String period,
            String description,
            long version) {}

    public record ThemeToEdit(Long id, Long planId, String plan, String title, long version) {}

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final EditorSteps steps;

    PlanAndThemeEditor(PlanRepository plans, ThemeRepository themes, EditorSteps steps) {
        this.plans = plans;
        this.themes = themes;
        this.steps = steps;
    }

    /** 404 when the organisation is not visible to the caller, 403 when they may read but not edit its plans. */
    public void checkEditor(Caller caller, String organisation) {
        steps.checkEditor(caller, organisation);
    }

    @Transactional(readOnly = true)
    public PlanToEdit planToEdit(Caller caller, Long planId) {
        Plan p = steps.editablePlan(caller, planId);
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
        Theme t = theme(themeId);
        Plan p = steps.editablePlan(caller, t.getPlanId());
        return new ThemeToEdit(t.getId(), p.getId(), p.getTitle(), t.getTitle(), t.getVersion());
    }

    @Transactional
    @Validated(PlanFields.New.class)
    public Long createPlan(Caller caller, String organisation, @NotNull @Valid PlanFields fields) {
        steps.checkEditor(caller, organisation);
        String standard = PlanFields.standardCode(fields.getStandard());
        String title = TypedText.clean(fields.getTitle());
        String period = TypedText.clean(fields.getPeriod());
        Plan plan = plans.save(new Plan(
                freeKey(organisation, standard, period),
                organisation,
                standard,
                title,
                period,
                TypedText.clean(fields.getDescription()),
                List.of(),
                List.of()));
        steps.record(
                caller,
                organisation,
                "PLAN",
                plan.getId(),
                "PLAN_CREATED",
                null,
                "CREATED",
                plan.getKey() + ": " + title);
        return plan.getId();
    }

    @Transactional
    public void revisePlan(Caller caller, Long planId, long version, @NotNull @Valid PlanFields fields) {
        Plan plan = steps.editablePlan(caller, planId);
        EditorSteps.current(plan.getVersion(), version);
        String title = TypedText.clean(fields.getTitle());
        String period = TypedText.clean(fields.getPeriod());
        String before = plan.getTitle() + " · " + plan.getPeriod();
        plan.revise(title, period, TypedText.clean(fields.getDescription()));
        plans.flush();
        steps.record(
                caller,
                plan.getOrganisationCode(),
                "PLAN",
                planId,
                "PLAN_CHANGED",
                null,
                null,
                before + " -> " + title + " · " + period);
    }

    @Transactional
    public Long addTheme(Caller caller, Long planId, @NotNull @Valid ThemeFields fields) {
        Plan plan = steps.editablePlan(caller, planId);
        String name = TypedText.clean(fields.getTitle());
        int position = themes.findByPlanIdOrderByPosition(planId).size() + 1;
        Theme theme = themes.save(new Theme(planId, position, name, null, List.of(), List.of(), null, null));
        steps.record(
                caller,
                plan.getOrganisationCode(),
                "THEME",
                theme.getId(),
                "THEME_ADDED",
                null,
                "CREATED",
                plan.getKey() + ": " + name);
        return theme.getId();
    }

    @Transactional
    public void renameTheme(Caller caller, Long themeId, long version, @NotNull @Valid ThemeFields fields) {
        Theme theme = theme(themeId);
        Plan plan = steps.editablePlan(caller, theme.getPlanId());
        EditorSteps.current(theme.getVersion(), version);
        String name = TypedText.clean(fields.getTitle());
        String before = theme.getTitle();
        theme.rename(name);
        themes.flush();
        steps.record(
                caller,
                plan.getOrganisationCode(),
                "THEME",
                themeId,
                "THEME_RENAMED",
                null,
                null,
                before + " -> " + name);
    }

    private Theme theme(Long themeId) {
        return themes.findById(themeId).orElseThrow(() -> new NotFoundException("theme " + themeId));
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
}
