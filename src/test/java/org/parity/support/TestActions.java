package org.parity.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.parity.plan.ActionStatus;
import org.parity.plan.ReviewCadence;
import org.parity.plan.Timescale;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;

/**
 * Fresh actions for tests that share the one application context: each test gets its own action
 * (in a seeded KMPT plan), so tests never collide with seeded processes or with each other.
 */
public final class TestActions {

    public static final String PLAN_KEY = "kmpt-race-2025-27";

    private final ActionRepository actions;
    private final PlanRepository plans;
    private final ThemeRepository themes;

    public TestActions(ActionRepository actions, PlanRepository plans, ThemeRepository themes) {
        this.actions = actions;
        this.plans = plans;
        this.themes = themes;
    }

    public Action create(String lead, String sponsor, LocalDate due, ActionStatus status) {
        Plan plan = plans.findByKey(PLAN_KEY).orElseThrow();
        Long themeId = themes.findByPlanIdOrderByPosition(plan.getId()).get(0).getId();
        Action action =
                new Action(plan.getId(), themeId, "test-" + UUID.randomUUID(), "Test action " + UUID.randomUUID());
        action.assign("Action lead", lead, "Executive sponsor", sponsor);
        action.schedule(
                new Timescale("test timescale", LocalDate.of(2025, 4, 1), due, ReviewCadence.QUARTERLY, List.of()));
        action.describe("Why", List.of("Staff networks"), List.of("Fewer cases"), null);
        action.changeStatus(status);
        return actions.save(action);
    }

    public Action create(String lead, String sponsor) {
        return create(lead, sponsor, LocalDate.of(2027, 3, 31), ActionStatus.IN_PROGRESS);
    }
}
