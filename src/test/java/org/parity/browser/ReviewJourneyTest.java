package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.people.Role;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.parity.support.TestActions;
import org.parity.workflow.ProcessGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The review loop in a real browser: the lead submits an update, the sponsor returns it with a
 * comment, the lead sees the comment and resubmits, the sponsor approves, and the EDI team's
 * dashboard and the action page show the approved update. Its own action, so no other test interferes.
 */
@org.parity.support.CreatesActions
class ReviewJourneyTest extends BrowserTest {

    @Autowired
    ActionRepository actions;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ProcessGateway gateway;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    /** A lead of one action: lead@kmpt leads every seeded action, more than a page of "My actions". */
    static final String LEAD = "mentoring-lead@kmpt";

    @Test
    void leadUpdatesSponsorReturnsLeadResubmitsSponsorApproves() {
        if (!users.existsByUsername(LEAD)) {
            users.save(new AppUser(
                    LEAD, encoder.encode("parity-demo"), "Mentoring lead", "kmpt", null, EnumSet.of(Role.LEAD), true));
        }
        Action action = new TestActions(actions, plans, themes).create(LEAD, "sponsor@kmpt");
        action.linkIndicators(java.util.Set.of("WRES1", "WRES2"));
        action = actions.save(action);
        gateway.startUnderWay(List.of(action.getId()));
        String title = action.getTitle();

        signIn(LEAD);
        nav("My actions");
        assertThat(heading("My actions")).isVisible();
        check("lead-my-actions");
        row(title).first().locator("td").nth(3).getByRole(AriaRole.LINK).click();
        assertThat(heading("Submit progress update")).isVisible();
        check("lead-update-form");

        page.getByLabel("Percent complete").fill("a lot");
        submit("Send update to sponsor");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("There is a problem")))
                .isVisible();
        assertThat(page.locator(".govuk-error-summary").getByText("Choose green, amber or red"))
                .isVisible();
        assertThat(page.getByLabel("Percent complete")).hasValue("a lot");
        check("lead-update-errors");

        page.getByLabel("Amber: at risk, recoverable").check();
        page.getByLabel("Percent complete").fill("40");
        page.getByLabel("What has happened since the last update").fill("Mentoring pilot is half way through.");
        page.getByLabel("Link to evidence (optional)").fill("https://intranet.example/mentoring");
        submit("Send update to sponsor");
        assertThat(page.getByText("Your progress update was sent to the sponsor."))
                .isVisible();
        check("lead-update-sent");
        signOut();

        signIn("sponsor@kmpt");
        nav("Waiting for my decision");
        check("sponsor-decisions");
        row(title)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review progress update"))
                .click();
        assertThat(page.getByText("Mentoring pilot is half way through.")).isVisible();
        assertThat(heading("Indicator evidence")).isVisible();
        check("sponsor-review");
        page.getByLabel("Return to the lead with a comment").check();
        submit("Send decision");
        assertThat(page.locator(".govuk-error-summary").getByText("Enter a comment"))
                .isVisible();
        check("sponsor-return-needs-comment");
        page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true))
                .fill("Say how many people were mentored, and how many of them are BAME.");
        submit("Send decision");
        assertThat(page.getByText("Your decision on the progress update was recorded."))
                .isVisible();
        check("sponsor-returned");
        signOut();

        signIn(LEAD);
        nav("My actions");
        row(title)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Submit progress update"))
                .click();
        assertThat(page.getByText("Say how many people were mentored, and how many of them are BAME."))
                .isVisible();
        assertThat(page.getByLabel("What has happened since the last update"))
                .hasValue("Mentoring pilot is half way through.");
        check("lead-resubmit");
        page.getByLabel("Green: on track").check();
        page.getByLabel("Percent complete").fill("55");
        page.getByLabel("What has happened since the last update").fill("12 people mentored, 9 of them BAME.");
        submit("Send update to sponsor");
        assertThat(page.getByText("Your progress update was sent to the sponsor."))
                .isVisible();
        signOut();

        signIn("sponsor@kmpt");
        nav("Waiting for my decision");
        row(title)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review progress update"))
                .click();
        assertThat(page.getByText("12 people mentored, 9 of them BAME.")).isVisible();
        check("sponsor-approve");
        page.getByLabel("Approve", new Page.GetByLabelOptions().setExact(true)).check();
        submit("Send decision");
        assertThat(page.getByText("Your decision on the progress update was recorded."))
                .isVisible();
        signOut();

        signIn("edi@kmpt");
        nav("Dashboard");
        assertThat(heading("Organisation dashboard")).isVisible();
        Locator approved =
                row(title).filter(new Locator.FilterOptions().setHasText("12 people mentored, 9 of them BAME."));
        assertThat(approved).isVisible();
        assertThat(approved.getByText("Green")).isVisible();
        check("edi-dashboard");
        approved.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))
                .click();
        assertThat(heading(title)).isVisible();
        Locator timeline = page.locator(".parity-timeline");
        assertThat(timeline.getByText("12 people mentored, 9 of them BAME.")).isVisible();
        assertThat(timeline.getByText("Say how many people were mentored, and how many of them are BAME."))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw this action")))
                .isVisible();
        check("edi-action");
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator row(String text) {
        return page.locator("tr").filter(new Locator.FilterOptions().setHasText(text));
    }

    private void nav(String link) {
        page.locator("header")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link))
                .click();
    }

    private void submit(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.getByText("You have signed out of Parity.")).isVisible();
    }
}
