package org.parity.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.parity.indicator.internal.MeasurementRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Upload, preview with row errors (nothing stored), correct, confirm; XLSX too; only the EDI team. */
@ParityTest
class ImportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    MeasurementRepository measurements;

    static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "figures.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithOneBadRowShowsTheErrorAgainstItsRowAndStoresNothing() throws Exception {
        long before = measurements.count();
        mvc.perform(multipart("/organisations/kmpt/imports")
                        .file(csv("""
                        indicator,period,group,value,source
                        WRES5,2041,BAME,40.1,STAFF_SURVEY
                        WRES5,2041,PURPLE,27.0,STAFF_SURVEY
                        """))
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("indicators/import-preview"))
                .andExpect(content().string(containsString("Row 2, group: unknown group")))
                .andExpect(content().string(containsString("Nothing has been stored")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Store 2 figures"))));
        assertThat(measurements.count()).isEqualTo(before);
    }

    @Test
    void aCorrectFileIsPreviewedThenStoredOnConfirmation() throws Exception {
        long before = measurements.count();
        MvcSession session = new MvcSession();
        var result = mvc.perform(multipart("/organisations/kmpt/imports")
                        .file(csv("""
                        indicator,period,group,value,source
                        WRES5,2042,BAME,40.1,STAFF_SURVEY
                        WRES5,2042,WHITE,27.0,STAFF_SURVEY
                        """))
                        .with(session)
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Store 2 figures")))
                .andReturn();
        assertThat(measurements.count()).as("a preview stores nothing").isEqualTo(before);
        String token = (String) result.getModelAndView().getModel().get("token");
        mvc.perform(post("/organisations/kmpt/imports/confirm")
                        .param("token", token)
                        .with(session)
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations/kmpt/indicators/WRES5"));
        assertThat(measurements.count()).isEqualTo(before + 2);
        mvc.perform(post("/organisations/kmpt/imports/confirm")
                        .param("token", token)
                        .with(session)
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations/kmpt/imports"));
        assertThat(measurements.count())
                .as("confirming twice stores nothing twice")
                .isEqualTo(before + 2);
    }

    @Test
    void aPreviewWaitsInTheDatabaseNotTheSessionForItsOwnerOnlyAndExpires() throws Exception {
        long before = measurements.count();
        var preview = mvc.perform(multipart("/organisations/kmpt/imports")
                        .file(csv("""
                        indicator,period,group,value,source
                        WRES5,2043,BAME,41.5,STAFF_SURVEY
                        """))
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
        MvcSession session = new MvcSession();
        session.keep(preview);
        if (session.present()) {
            for (String name : jdbc.queryForList(
                    "select a.attribute_name from spring_session_attributes a join spring_session s"
                            + " on s.primary_id = a.session_primary_id where s.session_id = ?",
                    String.class,
                    session.id())) {
                assertThat(name.toLowerCase(java.util.Locale.ROOT))
                        .as("nothing of the upload is kept in the session")
                        .doesNotContain("import");
            }
        }
        String token = (String) preview.getModelAndView().getModel().get("token");
        assertThat(jdbc.queryForObject(
                        "select count(*) from pending_import where token = ? and username = 'edi@kmpt'",
                        Long.class,
                        token))
                .isEqualTo(1);

        // someone else (an admin, who may import for any organisation) cannot confirm the EDI team's upload
        mvc.perform(post("/organisations/kmpt/imports/confirm")
                        .param("token", token)
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations/kmpt/imports"));
        assertThat(measurements.count()).isEqualTo(before);

        // its owner can, without the preview's session (as on another node)
        mvc.perform(post("/organisations/kmpt/imports/confirm")
                        .param("token", token)
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations/kmpt/indicators/WRES5"));
        assertThat(measurements.count()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from pending_import where token = ?", Long.class, token))
                .isZero();

        var again = mvc.perform(multipart("/organisations/kmpt/imports")
                        .file(csv("""
                        indicator,period,group,value,source
                        WRES5,2043,BAME,41.5,STAFF_SURVEY
                        """))
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andReturn();
        String second = (String) again.getModelAndView().getModel().get("token");
        jdbc.update(
                "update pending_import set expires_at = ? where token = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                second);
        mvc.perform(post("/organisations/kmpt/imports/confirm")
                        .param("token", second)
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations/kmpt/imports"));
        assertThat(measurements.count()).as("an expired upload stores nothing").isEqualTo(before + 1);
    }

    @Test
    void anExcelWorkbookIsReadLikeACsv() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("figures");
            String[] header = {"indicator", "period", "group", "value", "source"};
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("WRES8");
            r.createCell(1).setCellValue("2043");
            r.createCell(2).setCellValue("BAME");
            r.createCell(3).setCellValue(9.75);
            r.createCell(4).setCellValue("STAFF_SURVEY");
            workbook.write(xlsx);
        }
        mvc.perform(multipart("/organisations/kmpt/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "figures.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                xlsx.toByteArray()))
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Store 1 figure")))
                .andExpect(content().string(containsString("9.75")));
    }

    @Test
    void otherFilesAreRefusedWithAClearMessage() throws Exception {
        mvc.perform(multipart("/organisations/kmpt/imports")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes()))
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(view().name("indicators/import"))
                .andExpect(model().attribute("fileError", containsString("must be a CSV")));
        mvc.perform(multipart("/organisations/kmpt/imports")
                        .file(new MockMultipartFile(
                                "file", "fake.xlsx", "application/octet-stream", "not a zip".getBytes()))
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(model().attribute("fileError", containsString("not an XLSX spreadsheet")));
    }

    @Test
    void onlyTheOrganisationsEdiTeamMayImport() throws Exception {
        long before = measurements.count();
        mvc.perform(get("/organisations/kmpt/imports").with(httpBasic("lead@kmpt", "parity-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/kmpt/imports").with(httpBasic("edi@kings", "parity-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/organisations/kmpt/imports")
                        .file(csv("indicator,period,group,value,source\nWRES5,2044,BAME,1,STAFF_SURVEY\n"))
                        .with(httpBasic("sponsor@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        MvcSession browser = MvcSession.signedIn(mvc, "edi@kmpt", "parity-demo");
        mvc.perform(get("/organisations/kmpt/imports").with(browser)).andExpect(status().isOk());
        mvc.perform(multipart("/organisations/kmpt/imports")
                        .file(csv("indicator,period,group,value,source\nWRES5,2044,BAME,1,STAFF_SURVEY\n"))
                        .with(browser))
                .andExpect(status().isForbidden()); // a browser session without the CSRF token
        assertThat(measurements.count()).isEqualTo(before);
    }

    @Test
    void indicatorPagesShowTheCatalogueAndAnOrganisationsValues() throws Exception {
        mvc.perform(get("/indicators").with(httpBasic("sponsor@kings", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("WDES4a")));
        mvc.perform(get("/organisations/kmpt/indicators/WRES2").with(httpBasic("lead@kmpt", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2.58")))
                .andExpect(content().string(containsString("1.18")));
        mvc.perform(get("/organisations/kmpt/indicators/WRES2").with(httpBasic("lead@kings", "parity-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisations/kmpt/indicators/WRES2/trend.svg").with(httpBasic("lead@kmpt", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("2023/24")))
                .andExpect(content().string(containsString("Trend of WRES2")));
    }
}
