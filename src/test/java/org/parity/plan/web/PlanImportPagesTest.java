package org.parity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.PlanImport;
import org.parity.plan.PlanImportRow;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.support.CreatesActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The upload page, the preview with every row's errors beside its row (nothing stored), the confirmation
 * that stores the checked file, the templates (whose example row is a valid row), and who may do it.
 */
@ParityTest
@CreatesActions
class PlanImportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanRepository plans;

    @Autowired
    ActionRepository actions;

    @Autowired
    PlanImport imports;

    static MockMultipartFile file(String name, byte[] body) {
        return new MockMultipartFile("file", name, "application/octet-stream", body);
    }

    MvcResult upload(String user, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/organisations/kmpt/plans/import")
                        .file(file)
                        .with(httpBasic(user, "parity-demo"))
                        .with(csrf()))
                .andReturn();
    }

    @Test
    void theUploadPageDocumentsEveryColumnAndLinksTheTemplates() throws Exception {
        var page = mvc.perform(get("/organisations/kmpt/plans/import").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(view().name(PlanImportPages.UPLOAD))
                .andExpect(content().string(containsString("/organisations/kmpt/plans/import/template.xlsx")))
                .andExpect(content().string(containsString("/organisations/kmpt/plans/import/template.csv")))
                .andExpect(content().string(containsString("title|indicator|group|baseline|target|due")));
        String html = page.andReturn().getResponse().getContentAsString();
        for (String column : PlanImportRow.COLUMNS) {
            assertThat(html).contains("<code class=\"parity-code\">" + column + "</code>");
        }
        mvc.perform(get("/").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(content().string(containsString("/organisations/kmpt/plans/import")));
        mvc.perform(get("/organisations/kmpt/plans/new").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(content().string(containsString("/organisations/kmpt/plans/import")));
    }

    @Test
    void aFileWithAnErrorShowsItBesideItsRowThenTheCorrectedFileIsConfirmedAndStored() throws Exception {
        String title = "Paged plan " + UUID.randomUUID();
        var bad = List.of(
                PlanImportApiTest.row(
                        title, "Theme", "First", "lead@kmpt", "sponsor@kmpt", "From Sept 2045", "", "", ""),
                PlanImportApiTest.row(
                        title, "Theme", "Second", "nobody@kmpt", "sponsor@kmpt", "Ongoing", "", "", "HIA9"));
        long actionsBefore = actions.count();
        MvcResult preview =
                upload("edi@kmpt", file("plan.csv", PlanImportApiTest.csv(bad).getBytes(StandardCharsets.UTF_8)));
        String html = preview.getResponse().getContentAsString();
        assertThat(preview.getModelAndView().getViewName()).isEqualTo(PlanImportPages.PREVIEW);
        assertThat(html)
                .contains("There are 2 problems in this file")
                .contains("href=\"#row-2\"")
                .contains("id=\"row-2\"")
                .contains(
                        "Row 2, lead: Choose a lead from the organisation&#39;s action leads (in the file: &#39;nobody@kmpt&#39;)")
                .contains("Row 2, hias: &#39;HIA9&#39; is not one of the six high impact actions")
                .contains("Nothing has been stored")
                .doesNotContain("Confirm import");
        assertThat(actions.count()).isEqualTo(actionsBefore);

        var good = List.of(
                PlanImportApiTest.row(
                        title, "Theme", "First", "lead@kmpt", "sponsor@kmpt", "From Sept 2045", "", "", ""),
                PlanImportApiTest.row(
                        title, "Theme", "Second", "lead@kmpt", "sponsor@kmpt", "Ongoing", "", "", "HIA2"));
        preview = upload("edi@kmpt", file("plan.xlsx", PlanImportApiTest.xlsx(good)));
        html = preview.getResponse().getContentAsString();
        assertThat(html).contains("Confirm import").contains("2 rows making 1 plan, 1 theme and no milestone");
        assertThat(actions.count()).isEqualTo(actionsBefore);
        String token = (String) preview.getModelAndView().getModel().get("token");

        // the token is the uploader's own: another EDI user's confirmation finds nothing waiting
        mvc.perform(post("/organisations/kmpt/plans/import/confirm")
                        .param("token", token)
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations/kmpt/plans/import"));
        assertThat(actions.count()).isEqualTo(actionsBefore);

        String location = mvc.perform(post("/organisations/kmpt/plans/import/confirm")
                        .param("token", token)
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Plan plan = plans.findByOrganisationCodeOrderByStandardCodeAscTitleAsc("kmpt").stream()
                .filter(p -> p.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(location).isEqualTo("/plans/" + plan.getId());
        assertThat(actions.findByPlanIdOrderById(plan.getId())).hasSize(2);
        assertThat(actions.count()).isEqualTo(actionsBefore + 2);

        // taken once: confirming again stores nothing more
        mvc.perform(post("/organisations/kmpt/plans/import/confirm")
                        .param("token", token)
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations/kmpt/plans/import"));
        assertThat(actions.count()).isEqualTo(actionsBefore + 2);
    }

    @Test
    void aFileThatIsNotAPlanFileIsRefusedOnTheUploadPage() throws Exception {
        mvc.perform(multipart("/organisations/kmpt/plans/import")
                        .file(file("plan.txt", "hello".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(view().name(PlanImportPages.UPLOAD))
                .andExpect(
                        content().string(containsString("The file must be a CSV (.csv) or an Excel workbook (.xlsx)")));
        mvc.perform(multipart("/organisations/kmpt/plans/import")
                        .file(file("plan.csv", "title,lead\nx,y\n".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(view().name(PlanImportPages.UPLOAD))
                .andExpect(content().string(containsString("Not a plan file")));
    }

    @Test
    void theTemplatesHoldTheHeaderAndTheExampleRowWhichIsAValidRow() throws Exception {
        byte[] csv = mvc.perform(get("/organisations/kings/plans/import/template.csv")
                        .with(httpBasic("edi@kings", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("parity-plan-template.csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] xlsx = mvc.perform(get("/organisations/kings/plans/import/template.xlsx")
                        .with(httpBasic("edi@kings", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PlanFile.Read fromCsv = PlanFile.csv(csv);
        PlanFile.Read fromXlsx = PlanFile.csv(PlanFile.xlsxToCsv(new ByteArrayInputStream(xlsx), 1_000_000));
        assertThat(fromCsv.rows()).hasSize(1);
        assertThat(fromCsv.rows().get(0).cells()).isEqualTo(PlanTemplate.EXAMPLE);
        assertThat(fromXlsx.rows()).isEqualTo(fromCsv.rows());
        assertThat(fromCsv.errors()).isEmpty();

        // King's own WRES 2024/25 plan exists: the only error of the example is that the plan exists already
        Caller ediKings = new Caller("edi@kings", "EDI team", java.util.Set.of(Role.EDI), "kings", null);
        var preview = imports.preview(ediKings, "kings", fromCsv.rows(), List.of());
        assertThat(preview.errors()).extracting(e -> e.field()).containsExactly("plan_title");
        assertThat(preview.rows().get(0).timescale().start()).isEqualTo(java.time.LocalDate.of(2025, 9, 1));
        assertThat(preview.rows().get(0).hias()).containsExactly("HIA3");
    }

    @Test
    void onlyTheOrganisationsEdiTeamAndAdminsSeeTheImportPages() throws Exception {
        mvc.perform(get("/organisations/kmpt/plans/import").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk());
        for (String user : List.of("lead@kmpt", "sponsor@kmpt", "board@kmpt", "ics@kent-medway")) {
            mvc.perform(get("/organisations/kmpt/plans/import").with(httpBasic(user, "parity-demo")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/organisations/kmpt/plans/import/template.csv").with(httpBasic(user, "parity-demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/organisations/kmpt/plans/import").with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isNotFound());
        long before = actions.count();
        byte[] good = PlanImportApiTest.csv(List.of(PlanImportApiTest.row(
                        "Refused " + UUID.randomUUID(), "T", "A", "lead@kmpt", "sponsor@kmpt", "", "", "", "")))
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/organisations/kmpt/plans/import")
                        .file(file("plan.csv", good))
                        .with(httpBasic("lead@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/organisations/kmpt/plans/import")
                        .file(file("plan.csv", good))
                        .with(httpBasic("edi@ekhuft", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisations/kmpt/plans/import"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(post("/organisations/kmpt/plans/import/confirm")
                        .param("token", UUID.randomUUID().toString())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", not(containsString("/plans/"))));
        assertThat(actions.count()).isEqualTo(before);
    }
}
