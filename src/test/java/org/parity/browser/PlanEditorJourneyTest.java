package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.parity.support.CreatesActions;

/**
 * The EDI team writes a plan by hand: the plan, a theme, an action with a lead, a sponsor and an
 * indicator (after one refused attempt), a milestone; then the lead finds the new action's SCOPE task.
 */
@CreatesActions
class PlanEditorJourneyTest extends BrowserTest {

    @Test
    void ediTeamWritesAPlanAndTheLeadIsAskedToConfirmTheScope() {
        signIn("edi@kmpt");
        link("New plan for Kent and Medway NHS and Social Care Partnership Trust")
                .click();
        check("new-plan");
        label("Title").fill("Race equality by hand 2026");
        page.getByLabel("Workforce Race Equality Standard (WRES)").check();
        label("Period").fill("2026–28");
        button("Create plan").click();
        assertThat(page.getByText("Plan created.")).isVisible();
        check("plan-created");

        button("Add theme").click();
        label("Theme").fill("Fair progression");
        button("Add theme").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fair progression")))
                .isVisible();
        check("theme-added");

        button("Add action").click();
        button("Add action").click();
        assertThat(page.getByText("There is a problem")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enter a title")))
                .isVisible();
        check("action-errors");

        page.getByLabel("Theme").selectOption("Fair progression");
        label("Action").fill("Reciprocal mentoring with the board");
        label("Rationale").fill("Board members hear directly from staff from ethnic minorities.");
        page.getByLabel("Lead", new Page.GetByLabelOptions().setExact(true)).selectOption("lead@kmpt");
        page.getByLabel("Executive sponsor").selectOption("sponsor@kmpt");
        label("Timescale").fill("From Q2 2026; review quarterly");
        label("Measures of success").fill("Ten mentoring pairs\nBoard reports what it learned");
        label("Stakeholders").fill("Staff race equality network");
        page.locator("input[name=indicators][value=WRES2]").check();
        button("Add action").click();
        assertThat(page.getByText("Action added as a draft")).isVisible();
        assertThat(page.getByText("1 April 2026", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        assertThat(page.getByText("Draft").first()).isVisible();
        check("action-created");

        button("Add milestone").click();
        label("Milestone").fill("Ten pairs matched");
        label("Day").fill("31");
        label("Month").fill("3");
        label("Year").fill("2027");
        page.getByLabel("Indicator").selectOption("WRES2");
        label("Target").fill("25");
        label("Target period").fill("2026");
        button("Add milestone").click();
        assertThat(page.getByText("Milestone added.")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("Ten pairs matched").setExact(true)))
                .isVisible();
        check("milestone-added");

        button("Sign out").click();
        signIn("lead@kmpt");
        page.navigate(url("/my/actions"));
        Locator task = page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Reciprocal mentoring with the board"))
                .filter(new Locator.FilterOptions().setHasText("Confirm scope"));
        assertThat(task.first()).isVisible();
        check("lead-my-actions");
        // the lead's page is long (every seeded action): a close-up of the new task's row as well
        task.first()
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve(
                                "ediTeamWritesAPlanAndTheLeadIsAskedToConfirmTheScope-08-scope-task-row.png")));
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
