package org.parity.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.Caller;
import org.parity.people.internal.AppUserRepository;
import org.parity.support.CreatesActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The editors refuse bad fields when called directly, naming each field, and store nothing. */
@ParityTest
@CreatesActions
class EditorValidationTest {

    @Autowired
    PlanAndThemeEditor plans;

    @Autowired
    ActionEditor actions;

    @Autowired
    MilestoneEditor milestones;

    @Autowired
    AppUserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    Caller edi() {
        return users.findByUsername("edi@kmpt").orElseThrow().toCaller();
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** The fields the violations are on, with their messages. */
    static Set<String> fields(ConstraintViolationException e) {
        Set<String> fields = new TreeSet<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String leaf = null;
            for (Path.Node node : v.getPropertyPath()) {
                leaf = node.getName();
            }
            fields.add(leaf + ": " + v.getMessage());
        }
        return fields;
    }

    PlanFields plan(String title, String standard, String period) {
        PlanFields fields = new PlanFields();
        fields.setTitle(title);
        fields.setStandard(standard);
        fields.setPeriod(period);
        return fields;
    }

    @Test
    void aPlanWithBadFieldsIsRefusedWithEveryFieldNamedAndNothingStored() {
        long before = count("plan");
        var refused = catchThrowableOfType(
                ConstraintViolationException.class,
                () -> plans.createPlan(edi(), "kmpt", plan(" ", "XYZ", "x".repeat(61))));
        assertThat(fields(refused))
                .containsExactly(
                        "period: This is too long: shorten it",
                        "standard: Choose the standard the plan is for",
                        "title: Enter a title");
        // a title of a control character is the text rule's error only, not "required" as well
        refused = catchThrowableOfType(
                ConstraintViolationException.class,
                () -> plans.createPlan(edi(), "kmpt", plan("\u001f", "WRES", "2026")));
        assertThat(fields(refused))
                .containsExactly("title: Remove the control character: it cannot be shown or printed");
        assertThat(count("plan")).isEqualTo(before);
    }

    @Test
    void aRevisionNeedsNoStandardAndAThemeNeedsATitle() {
        Long id = plans.createPlan(edi(), "kmpt", plan("Checked directly", "wdes", "2026"));
        assertThat(jdbc.queryForObject("select standard_code from plan where id = ?", String.class, id))
                .isEqualTo("WDES");
        plans.revisePlan(edi(), id, 0, plan("Checked directly, revised", null, "2026–27"));
        var refused = catchThrowableOfType(
                ConstraintViolationException.class, () -> plans.addTheme(edi(), id, new ThemeFields()));
        assertThat(fields(refused)).containsExactly("title: Enter a title");
        assertThat(jdbc.queryForObject("select count(*) from theme where plan_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void anActionWithPeopleAndIndicatorsFromElsewhereIsRefusedAndNothingStored() {
        Long plan = plans.createPlan(edi(), "kmpt", plan("Actions checked directly", "WRES", "2026"));
        ThemeFields theme = new ThemeFields();
        theme.setTitle("Theme");
        plans.addTheme(edi(), plan, theme);
        long actionsBefore = count("action");
        long tasksBefore = count("workflow_task");
        ActionFields fields = new ActionFields(plan);
        fields.setTitle("Borrowed people");
        fields.setLead("lead@ekhuft");
        fields.setSponsor("lead@kmpt");
        fields.setIndicators(new java.util.LinkedHashSet<>(Set.of("NOT-AN-INDICATOR")));
        fields.setStakeholders("x".repeat(2001));
        var refused =
                catchThrowableOfType(ConstraintViolationException.class, () -> actions.createAction(edi(), fields));
        assertThat(fields(refused))
                .containsExactly(
                        "indicators: Choose indicators from the list",
                        "lead: Choose a lead from the organisation's action leads",
                        "sponsor: Choose an executive sponsor from the organisation's sponsors",
                        "stakeholders: This is too long: shorten it",
                        "themeId: Choose the theme the action comes under");
        assertThat(count("action")).isEqualTo(actionsBefore);
        assertThat(count("workflow_task")).isEqualTo(tasksBefore);
    }

    @Test
    void aMilestoneWithBadFiguresIsRefusedAndNothingStored() {
        Long action = jdbc.queryForObject(
                "select min(a.id) from action a join plan p on p.id = a.plan_id where p.organisation_code = 'kmpt'",
                Long.class);
        long before = count("milestone");
        MilestoneFields fields = new MilestoneFields(action);
        fields.setTitle("Figures");
        fields.setDueDay("30");
        fields.setDueMonth("2");
        fields.setDueYear("2027");
        fields.setTarget("١٢"); // other scripts' digits are not a number here
        fields.setBaselinePeriod("2026-27");
        fields.setGroup("BAME");
        var refused =
                catchThrowableOfType(ConstraintViolationException.class, () -> milestones.addMilestone(edi(), fields));
        assertThat(fields(refused))
                .containsExactly(
                        "baselinePeriod: Enter the period as YYYY/YY or YYYY, for example 2026/27",
                        "dueDay: Enter a real date, for example 31 3 2027",
                        "indicator: A group or baseline needs an indicator: choose the indicator, or leave them empty",
                        "target: Enter a number for the target, for example 12.5");
        fields.setIndicator("NOT-AN-INDICATOR");
        fields.setDueDay(" ");
        fields.setDueMonth(null);
        fields.setDueYear("");
        refused =
                catchThrowableOfType(ConstraintViolationException.class, () -> milestones.addMilestone(edi(), fields));
        assertThat(fields(refused))
                .contains(
                        "dueDay: Enter the date the milestone is due", "indicator: Choose an indicator from the list");
        assertThat(count("milestone")).isEqualTo(before);
    }
}
