package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Care groups in a real browser, for EKHUFT's EDI team: from the dashboard to its units, an empty form
 * (errors in the summary and beside the fields), a new site, then the dashboard, find actions and the
 * report filtered to it. Every page is scanned for accessibility. The unit is removed afterwards, so
 * other tests' counts do not change.
 */
class UnitsJourneyTest extends BrowserTest {

    static final String CODE = "journey-test-site";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheUnit() {
        jdbc.update("delete from org_unit where organisation_code = 'ekhuft' and code = ?", CODE);
    }

    @Test
    void ediTeamAddsASiteAndFiltersTheDashboardFindActionsAndTheReportByIt() {
        signIn("edi@ekhuft");
        page.navigate(url("/organisations/ekhuft/dashboard"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Care groups and other units"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Care groups and other units")))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions()
                                .setName("William Harvey Hospital")
                                .setExact(true)))
                .isVisible();
        check("units");

        add();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertThat(page.locator("#code-error")).containsText("Enter a code");
        assertThat(page.locator("#name-error")).containsText("Enter a name");
        assertThat(page.locator("#kind-error")).containsText("Choose a kind");
        check("units-errors");

        page.getByLabel("Name").fill("Journey Test Site");
        page.getByLabel("Code").fill(CODE);
        page.getByLabel("Kind").selectOption(new SelectOption().setLabel("Site"));
        add();
        assertThat(page.getByText("The unit was added.")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("Journey Test Site").setExact(true)))
                .isVisible();

        page.navigate(url("/organisations/ekhuft/dashboard"));
        page.getByLabel("Show one unit").selectOption(CODE);
        show();
        assertThat(page.getByText("Showing the actions of Journey Test Site")).isVisible();
        assertThat(page.getByText("Actions by status and RAG (0 actions)")).isVisible();
        check("dashboard-by-unit");

        page.navigate(url("/actions?unit=william-harvey"));
        assertThat(page.getByLabel("Unit")).hasValue("william-harvey");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1 action found")))
                .isVisible();
        check("find-actions-by-unit");

        page.navigate(url("/organisations/ekhuft/report?unit=william-harvey"));
        assertThat(page.getByText("For William Harvey Hospital: its actions.")).isVisible();
        check("report-by-unit");
    }

    private void add() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a unit"))
                .click();
    }

    private void show() {
        page.locator("form")
                .filter(new Locator.FilterOptions().setHas(page.getByLabel("Show one unit")))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show"))
                .click();
    }
}
