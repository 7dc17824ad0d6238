package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.indicator.FigureRow;
import org.parity.indicator.MeasurementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing freezes a report: the stored files come back byte for byte after new figures arrive; board
 * readers read issued reports only; other organisations' reports are not found. Runs in one rolled-back
 * transaction so the new figure does not leak into other tests.
 */
@ParityTest
@Transactional
class IssuedReportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeasurementService figures;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "parity-demo");
    }

    private Long issue(String user) throws Exception {
        String body = mvc.perform(post("/api/organisations/kmpt/reports")
                        .with(as(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"standard\":\"WRES\",\"asOf\":\"2026-01-31\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.asOf").value("2026-01-31"))
                .andExpect(jsonPath("$.formats", hasItem("pdf")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private byte[] download(Long id, String format, String user) throws Exception {
        return mvc.perform(get("/api/reports/{id}", id).param("format", format).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void anIssuedReportIsByteForByteUnchangedAfterNewFiguresArrive() throws Exception {
        Long id = issue("edi@kmpt");
        String hash = JsonPath.read(
                mvc.perform(get("/api/reports/{id}", id).with(as("edi@kmpt")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.contentSha256");
        byte[] pdf = download(id, "pdf", "edi@kmpt");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-issued.pdf"), pdf); // to look at
        byte[] xlsx = download(id, "xlsx", "edi@kmpt");
        byte[] csv = download(id, "csv", "edi@kmpt");
        byte[] html = download(id, "html", "edi@kmpt");
        assertThat(new String(html, StandardCharsets.UTF_8)).contains(hash).contains("1.18");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains(hash);
        }

        figures.record(
                "kmpt",
                List.of(new FigureRow(
                        "WRES2",
                        "2025/26",
                        null,
                        null,
                        1.05,
                        null,
                        "RECRUITMENT",
                        null,
                        "test: a new year's figure",
                        null)),
                "edi@kmpt");
        mvc.perform(get("/api/organisations/kmpt/report")
                        .param("standard", "WRES")
                        .with(as("edi@kmpt")))
                .andExpect(jsonPath("$.indicators[?(@.code == 'WRES2')].value", hasItem(1.05)));

        assertThat(download(id, "pdf", "edi@kmpt")).isEqualTo(pdf);
        assertThat(download(id, "xlsx", "edi@kmpt")).isEqualTo(xlsx);
        assertThat(download(id, "csv", "edi@kmpt")).isEqualTo(csv);
        assertThat(download(id, "html", "edi@kmpt")).isEqualTo(html);
        assertThat(new String(download(id, "html", "edi@kmpt"), StandardCharsets.UTF_8))
                .doesNotContain("1.05");
    }

    @Test
    void boardReadersReadIssuedReportsOnlyAndOtherOrganisationsSeeNothing() throws Exception {
        Long id = issue("edi@kmpt");
        mvc.perform(get("/api/organisations/kmpt/report").with(as("board@kmpt")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/organisations/kmpt/reports").with(as("board@kmpt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id.intValue())));
        assertThat(download(id, "pdf", "board@kmpt")).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(post("/api/organisations/kmpt/reports")
                        .with(as("board@kmpt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/organisations/kmpt/reports")
                        .with(as("lead@kmpt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/organisations/kmpt/reports")
                        .with(as("ics@kent-medway"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/organisations/kmpt/reports")
                        .with(as("edi@kings"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/organisations/kmpt/reports")
                        .with(as("edi@kmpt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asOf\":\"2999-01-01\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports/{id}", id).param("format", "pdf").with(as("edi@kings")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/{id}", id).with(as("board@ekhuft"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/organisations/kmpt/reports").with(as("edi@kings")))
                .andExpect(status().isNotFound());
        // the integrated care system reads its organisations' issued reports
        assertThat(download(id, "csv", "ics@kent-medway")).isNotEmpty();
    }
}
