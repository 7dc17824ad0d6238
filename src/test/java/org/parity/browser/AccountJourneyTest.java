package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * "Your account" in a real browser, for a lead: reach it from the header, make the calendar address and
 * read it with no credentials at all, reset it (the old address is dead at once, the new one answers),
 * try a token with bad input (errors beside the fields), make a token and see its secret once, then
 * revoke it. Every page is scanned for accessibility.
 */
class AccountJourneyTest extends BrowserTest {

    @Test
    void leadResetsTheCalendarLinkMakesATokenSeesItOnceAndRevokesIt() {
        signIn("lead@kings");
        page.locator("header")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Your account"))
                .click();
        assertThat(heading("Your account")).isVisible();
        check("account");

        Locator calendarUrl = page.getByLabel("Your calendar address");
        if (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make calendar link"))
                        .count()
                > 0) {
            submit("Make calendar link");
            assertThat(page.getByText("Your calendar address has been made.")).isVisible();
        }
        submit("Reset calendar link");
        assertThat(page.getByText("Your calendar link has been reset: the old address no longer works."))
                .isVisible();
        assertThat(calendarUrl).isVisible();
        assertThat(calendarUrl).hasAttribute("readonly", "");
        String first = calendarUrl.inputValue();
        org.assertj.core.api.Assertions.assertThat(first)
                .matches("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        check("calendar-link-reset");

        APIRequestContext outlook = playwright.request().newContext();
        try {
            APIResponse feed = outlook.get(first);
            org.assertj.core.api.Assertions.assertThat(feed.status()).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(feed.headers().get("content-type"))
                    .startsWith("text/calendar");
            org.assertj.core.api.Assertions.assertThat(feed.text()).startsWith("BEGIN:VCALENDAR");

            submit("Reset calendar link");
            assertThat(page.getByText("Your calendar link has been reset: the old address no longer works."))
                    .isVisible();
            String second = calendarUrl.inputValue();
            org.assertj.core.api.Assertions.assertThat(second).isNotEqualTo(first);
            org.assertj.core.api.Assertions.assertThat(outlook.get(first).status())
                    .isEqualTo(404);
            org.assertj.core.api.Assertions.assertThat(outlook.get(second).status())
                    .isEqualTo(200);
        } finally {
            outlook.dispose();
        }
        // shown once: the page opened again says when it was made, not what it is
        page.navigate(url("/my/account"));
        assertThat(calendarUrl).hasCount(0);
        assertThat(page.getByText("You made your calendar address on")).isVisible();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("");
        page.getByLabel("Expires after how many days").fill("1000");
        submit("Make token");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("There is a problem")))
                .isVisible();
        assertThat(page.locator("#name-error")).containsText("Give the token a name of 1 to 100 characters");
        assertThat(page.locator("#expiresInDays-error")).containsText("Give a whole number of days from 1 to 366");
        assertThat(page.getByLabel("Expires after how many days")).hasValue("1000");
        check("token-errors");

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Journey spreadsheet");
        page.getByLabel("Expires after how many days").fill("30");
        submit("Make token");
        assertThat(page.getByText("Token \u201cJourney spreadsheet\u201d made")).isVisible();
        Locator secret = page.getByLabel("Your new token");
        String token = secret.inputValue();
        org.assertj.core.api.Assertions.assertThat(token).startsWith("pty_");
        Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText("Journey spreadsheet"));
        assertThat(row.getByText("Active")).isVisible();
        check("token-made");

        page.navigate(url("/my/account"));
        assertThat(page.getByLabel("Your new token")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(token);

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke Journey spreadsheet"))
                .click();
        assertThat(page.getByText("The token has been revoked: it no longer works."))
                .isVisible();
        assertThat(row.getByText("Revoked")).isVisible();
        assertThat(row.getByRole(AriaRole.BUTTON)).hasCount(0);
        check("token-revoked");
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void submit(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }
}
