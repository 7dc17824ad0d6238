package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signed-in person opens the API's Swagger UI under Parity's Content-Security-Policy: every operation of the
 * contract is listed by area, one runs with the browser's own session, and the browser reports no error and
 * no policy violation. Someone not signed in gets the sign-in page instead.
 */
class ApiDocsJourneyTest extends BrowserTest {

    /** Records every CSP violation of the page (the listener is installed by the browser, outside the policy). */
    static final String RECORD_VIOLATIONS = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation', e =>"
            + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    @Test
    void aSignedInPersonReadsAndTriesTheApiWithoutPolicyErrors() {
        signIn("edi@kmpt");
        // from here on: the UI's page only (the sign-in page's own requests are not the UI's)
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || "warning".equals(message.type())) {
                errors.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
        page.addInitScript(RECORD_VIOLATIONS);

        page.navigate(url("/swagger-ui.html"));
        // the UI is a large script: give a busy machine time to run it and read the document
        assertThat(page.locator(".information-container .title"))
                .containsText("Parity API", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page).hasURL(url("/swagger-ui/index.html"));

        // every area, and every operation of the contract
        for (String area : List.of(
                "Organisations",
                "Indicators and figures",
                "Plans and actions",
                "Tasks and workflow",
                "Reports",
                "Personal API tokens",
                "Administration")) {
            assertThat(page.locator(".opblock-tag").filter(new Locator.FilterOptions().setHasText(area)))
                    .isVisible();
        }
        Locator imports = operation("post", "/api/organisations/{org}/measurements");
        assertThat(imports).isVisible();
        assertThat(imports).containsText("Import figures");
        assertThat(operation("get", "/api/organisations/{org}/report")).containsText("The live board report");
        assertThat(operation("delete", "/api/me/tokens/{id}")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.locator(".opblock").count())
                .isGreaterThanOrEqualTo(26);
        // Swagger UI is a third party's page: its markup fails axe (nested controls, an unnamed select,
        // contrast), which Parity cannot fix from outside; it is screenshotted, not judged
        screenshot("swagger-ui");

        // one operation tried with the browser's session: the organisations this person may read
        Locator organisations = operation("get", "/api/organisations");
        organisations.locator(".opblock-summary-control").click();
        organisations
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Try it out"))
                .click();
        organisations
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Execute"))
                .click();
        Locator answer = organisations
                .locator(".live-responses-table tbody .response-col_status")
                .first();
        assertThat(answer).hasText("200");
        assertThat(organisations.locator(".live-responses-table .microlight").first())
                .containsText("\"code\": \"kmpt\"");
        screenshot("swagger-ui-tried");

        // a 4xx answer shows the problem-detail shape with its row errors
        imports.locator(".opblock-summary-control").click();
        assertThat(imports.locator(".response[data-code='400']")).containsText("row error(s): nothing was stored");

        Object violations = page.evaluate("window.__violations");
        org.assertj.core.api.Assertions.assertThat((List<?>) violations)
                .as("Content-Security-Policy violations")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(errors)
                .as("console errors and warnings")
                .isEmpty();
    }

    @Test
    void someoneNotSignedInIsSentToTheSignInPage() {
        page.navigate(url("/swagger-ui.html"));
        assertThat(page).hasURL(url("/login"));
        assertThat(page.getByLabel("Username")).isVisible();
    }

    private Locator operation(String method, String path) {
        return page.locator(".opblock.opblock-" + method)
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(".opblock-summary-path[data-path='" + path + "']")));
    }
}
