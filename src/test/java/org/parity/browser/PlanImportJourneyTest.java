package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.plan.internal.ActionRepository;
import org.parity.support.CreatesActions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The EDI team imports a plan: uploads a file with an error, sees it beside its row (and in the summary,
 * linking to the row) with nothing stored, fixes it, uploads again, sees the preview, confirms, and
 * finds the plan with its themes and actions.
 */
@CreatesActions
class PlanImportJourneyTest extends BrowserTest {

    static final String HEADER = "plan_title,standard,period,theme,action_title,rationale,lead,sponsor,timescale,"
            + "success_measures,indicators,unit,milestones,hias\n";

    @Autowired
    ActionRepository actions;

    private void upload(String csv) {
        page.setInputFiles("#file", new FilePayload("plan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
                .click();
    }

    private static String file(String title, String secondLead) {
        return HEADER
                + "\"" + title + "\",WRES,2045/46,Representation,Publish an ethnicity pay gap report,,lead@kmpt,"
                + "sponsor@kmpt,From Sept 2045,Report published,WRES1;WRES9,,Report published|||||2046-03-31,HIA3\n"
                + "\"" + title + "\",WRES,2045/46,Career progression,Diverse interview panels,,"
                + secondLead + ",sponsor@kmpt,Q3 2045,,WRES7,,,\n";
    }

    @Test
    void ediTeamFixesARowAndImportsAPlan() {
        String title = "Journey plan " + UUID.randomUUID().toString().substring(0, 8);
        signIn("edi@kmpt");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(
                                        "Import a plan for Kent and Medway NHS and Social Care Partnership Trust from a file"))
                .click();
        check("upload");
        assertThat(page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("download the Excel template (.xlsx)")))
                .isVisible();

        long before = actions.count();
        upload(file(title, "board@kmpt"));
        assertThat(page.getByText("There is 1 problem in this file")).isVisible();
        assertThat(
                        page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions()
                                        .setName(
                                                "Row 2, lead: Choose a lead from the organisation's action leads (in the file: 'board@kmpt')")))
                .isVisible();
        assertThat(page.locator("#row-2 .govuk-error-message"))
                .containsText("Row 2, lead: Choose a lead from the organisation's action leads");
        assertThat(page.locator("#row-2 .govuk-tag")).hasText("1 problem");
        assertThat(page.locator("#row-1 .govuk-tag")).hasText("Ready");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import")))
                .hasCount(0);
        check("preview-with-error");
        org.assertj.core.api.Assertions.assertThat(actions.count()).isEqualTo(before);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a corrected file"))
                .click();
        upload(file(title, "lead@kmpt"));
        assertThat(page.getByText("2 rows making 1 plan, 2 themes and 1 milestone"))
                .isVisible();
        assertThat(page.locator("#row-1")).containsText("Start 2045-09-01");
        assertThat(page.locator("#row-2")).containsText("ASSUMED_CALENDAR_QUARTER");
        check("preview-ready");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import"))
                .click();

        assertThat(page.getByText("Plan imported.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Career progression")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diverse interview panels")))
                .isVisible();
        check("plan-after-import");
        org.assertj.core.api.Assertions.assertThat(actions.count()).isEqualTo(before + 2);
    }
}
