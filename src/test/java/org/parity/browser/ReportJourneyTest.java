package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The EDI team opens its board report, downloads the PDF, and issues the report. */
class ReportJourneyTest extends BrowserTest {

    @Test
    void ediTeamOpensTheReportDownloadsThePdfAndIssuesIt() throws Exception {
        signIn("edi@kmpt");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Board reports of Kent and Medway NHS and Social Care Partnership Trust"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("Reports of Kent and Medway NHS and Social Care Partnership Trust")))
                .isVisible();
        page.getByLabel("Standard").selectOption("WRES");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show report"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1. Performance summary")))
                .isVisible();
        assertThat(page.locator("#summary tbody tr").first()).containsText("WRES1");
        assertThat(page.getByRole(AriaRole.IMG).first()).isVisible();
        check("report");

        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download as PDF"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
        Path pdf = SCREENSHOTS.resolve("report-download.pdf");
        download.saveAs(pdf);
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue this report"))
                .click();
        assertThat(page.getByText(java.util.regex.Pattern.compile("Report \\d+ was issued\\.")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Issued reports")))
                .isVisible();
        check("issued");

        // the HTML document opens in the browser with its own stylesheet allowed (by hash) by its CSP
        page.navigate(url("/api/organisations/kmpt/report?standard=WRES&format=html"));
        assertThat(
                        page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName(
                                                "Board progress report: Kent and Medway NHS and Social Care Partnership Trust")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        page.evaluate("getComputedStyle(document.querySelector('h1')).color"))
                .isEqualTo("rgb(0, 48, 135)");
        check("html-document");
    }
}
