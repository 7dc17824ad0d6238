package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The EDI team signs in, finds every plan of its trust, opens a plan and an action, and signs out. */
class PlansJourneyTest extends BrowserTest {

    @Test
    void ediTeamReadsItsPlansAndActions() {
        signIn("edi@ekhuft");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your plans")))
                .isVisible();
        assertThat(page.getByText("WRES Action Plans by Indicator, November 2022"))
                .isVisible();
        check("home");

        page.getByText("WRES Action Plans by Indicator, November 2022").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("WRES Indicator 2")))
                .isVisible();
        assertThat(page.getByText("Listed here a second time in the published document")
                        .first())
                .isVisible();
        check("plan");

        page.getByText("Aspiring Development Programme for nurses band 5 to band 6")
                .first()
                .click();
        assertThat(page.getByText("Impossible date")).isVisible();
        assertThat(page.getByText("In progress").first()).isVisible();
        check("action");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find actions"))
                .click();
        page.getByLabel("Words").fill("stepping up");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        assertThat(page.getByText("1 action found").first()).isVisible();
        check("search");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.getByText("You have signed out of Parity.")).isVisible();
        check("signed-out");
    }

    @Test
    void theLoginPageExplainsAFailedSignIn() {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill("edi@ekhuft");
        page.getByLabel("Password").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByText("The username or password is not right")).isVisible();
        check("login-error");
    }
}
