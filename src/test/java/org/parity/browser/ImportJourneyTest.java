package org.parity.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parity.indicator.internal.MeasurementRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The EDI team imports a CSV with one bad row, sees the row's error and that nothing was stored,
 * corrects it, stores it, and finds the new value on the indicator's page.
 */
class ImportJourneyTest extends BrowserTest {

    @Autowired
    MeasurementRepository measurements;

    private void upload(String csv) {
        page.setInputFiles(
                "#file", new FilePayload("staff-survey-2045.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
                .click();
    }

    @Test
    void ediTeamCorrectsABadRowAndImports() {
        signIn("edi@kmpt");
        page.navigate(url("/organisations/kmpt/indicators"));
        check("indicators");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import figures"))
                .click();
        check("upload");

        long before = measurements.count();
        upload(
                "indicator,period,group,value,source\nWRES6,2045,BAME,18.9,STAFF_SURVEY\nWRES6,2045,WHITE,twelve,STAFF_SURVEY\n");
        assertThat(page.getByText("Row 2, value: 'twelve' is not a number")).isVisible();
        assertThat(page.getByText("Nothing has been stored.")).isVisible();
        check("preview-with-error");
        org.assertj.core.api.Assertions.assertThat(measurements.count()).isEqualTo(before);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a corrected file"))
                .click();
        upload(
                "indicator,period,group,value,source\nWRES6,2045,BAME,18.9,STAFF_SURVEY\nWRES6,2045,WHITE,12.4,STAFF_SURVEY\n");
        check("preview-ready");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Store 2 figures"))
                .click();

        assertThat(page.getByText("2 figures stored.")).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("18.90")))
                .isVisible();
        check("indicator-after-import");
        org.assertj.core.api.Assertions.assertThat(measurements.count()).isEqualTo(before + 2);
    }
}
