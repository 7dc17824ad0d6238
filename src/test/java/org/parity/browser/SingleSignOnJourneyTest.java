package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import testidp.TestOpenIdProvider;
import testidp.TestOpenIdProvider.Person;

/**
 * Single sign-on in a real browser: someone Parity does not know signs in with their provider and
 * waits for approval; an admin approves them, which ends their pending session; they sign in again, use
 * Parity and sign out of both Parity and the provider (the CSP lets the sign-out form lead to the provider). Every Parity page on
 * the way is scanned by axe.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnJourneyTest extends BrowserTest {

    TestOpenIdProvider provider;

    @BeforeAll
    void startProvider() {
        provider = TestOpenIdProvider.start(
                "http://localhost:" + port,
                List.of(new Person(
                        "lena", "lena's password", "Lena Newcomer", "lena.new@kmpt.nhs.uk", true, List.of())));
    }

    @AfterAll
    void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    private void signInAtProvider() {
        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Test identity provider"))
                .click();
        page.waitForURL(TestOpenIdProvider.ISSUER + "/login");
        page.getByLabel("Username").fill("lena");
        page.getByLabel("Password").fill("lena's password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    @Test
    void aNewcomerWaitsForApprovalIsApprovedAndSignsOutOfBoth() {
        page.navigate(url("/login"));
        check("login-with-providers");

        signInAtProvider();
        page.waitForURL(url("/pending"));
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account waits for approval")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find actions")))
                .hasCount(0);
        check("pending");
        page.navigate(url("/actions"));
        page.waitForURL(url("/pending"));

        // an admin approves Lena in the user pages
        var adminContext = browser.newContext();
        Page admin = adminContext.newPage();
        admin.navigate(url("/login"));
        admin.getByLabel("Username").fill("admin");
        admin.getByLabel("Password").fill(PASSWORD);
        admin.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        admin.waitForURL(url("/"));
        admin.navigate(url("/admin/users"));
        assertThat(admin.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("lena.new@kmpt.nhs.uk"))
                        .getByText("Waiting for approval"))
                .isVisible();
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("lena.new@kmpt.nhs.uk"))
                .click();
        admin.getByLabel("Organisation").selectOption("kmpt");
        admin.getByLabel("Action lead").check();
        admin.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Approve with this organisation and these roles"))
                .click();
        assertThat(admin.getByText("The user was approved.")).isVisible();
        admin.navigate(url("/admin/sso-mappings"));
        assertThat(admin.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Roles from single sign-on groups")))
                .isVisible();
        adminContext.close();

        // approving her changed her roles, so her pending session ended on every node: her next page asks her
        // to sign in again, and the provider, which still knows her, signs her straight back in with her roles
        page.navigate(url("/my/actions"));
        page.waitForURL(url("/login?expired"));
        assertThat(page.getByText("Your session has ended. Sign in again to continue."))
                .isVisible();
        check("session-ended-on-approval");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Test identity provider"))
                .click();
        // back on the page she asked for, now allowed
        page.waitForURL(url("/my/actions?continue"));
        assertThat(page.getByText("Signed in as lena.new@kmpt.nhs.uk")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My actions")))
                .isVisible();
        check("approved-my-actions");

        // Lena signs out of both: Parity, and the provider, which asks for her password again afterwards
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(url("/login?logout"));
        assertThat(page.getByText("You have signed out of Parity.")).isVisible();
        signInAtProvider();
        page.waitForURL(url("/"));
        assertThat(page.getByText("Signed in as lena.new@kmpt.nhs.uk")).isVisible();
    }
}
