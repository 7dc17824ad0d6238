package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ICS reader finds the system comparison from their home, narrows it to a period, issues it and
 * opens the issued copy; the comparison table fits the page.
 */
class SystemReportJourneyTest extends BrowserTest {

    static final String SYSTEM = "Kent and Medway Integrated Care System";

    @Test
    void theIcsReaderFindsNarrowsAndIssuesTheSystemComparison() {
        signIn("ics@kent-medway");
        // the header offers the comparison, and the home page leads to it
        assertThat(page.getByRole(AriaRole.NAVIGATION)
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("System comparison")))
                .isVisible();
        page.getByRole(AriaRole.MAIN)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("System comparison of " + SYSTEM))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("System comparison: " + SYSTEM)))
                .isVisible();
        check("comparison");

        page.getByLabel("Standard").selectOption("WRES");
        page.getByLabel("Period").selectOption("2023/24");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show report"))
                .click();
        assertThat(page.getByLabel("Period")).hasValue("2023/24");
        Locator table = page.locator("table.parity-compare");
        assertThat(table).containsText("(2023/24)");
        assertThat(table).not().containsText("(2024/25)");

        // the comparison table stays inside the page's main column: nothing to scroll sideways
        double tableRight = ((Number) table.evaluate("t => t.getBoundingClientRect().right")).doubleValue();
        double mainRight =
                ((Number) page.locator("main").evaluate("m => m.getBoundingClientRect().right")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(tableRight).isLessThanOrEqualTo(mainRight);
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the page scrolls sideways")
                .isTrue();
        check("comparison-2023-24");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue this comparison"))
                .click();
        assertThat(page.getByText(Pattern.compile("Report \\d+ was issued\\."))).isVisible();
        assertThat(page.getByLabel("Period")).hasValue("2023/24");
        Locator issued = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Issued comparisons"));
        assertThat(issued).containsText("2023/24");
        assertThat(issued).containsText("ics@kent-medway");
        check("issued");

        // the issued copy opens in the browser, stamped
        issued.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("HTML")))
                .first()
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("System comparison: " + SYSTEM)))
                .isVisible();
        assertThat(page.getByText(Pattern.compile("Issued report number \\d+"))).isVisible();
        check("issued-document");
    }
}
