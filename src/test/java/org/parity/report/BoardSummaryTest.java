package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The board summary reproduces King's own WRES 2023/24 performance summary (document 003) row by row:
 * its eleven lines in the standard's order, each figure, the change in the figure's own unit, and the
 * better/worse word; where King's printed word is not what the indicator's direction gives (WRES 4:
 * 0.88 to 1.04, printed "0.16 worse", but nearer parity is better) both words are shown and flagged.
 */
@ParityTest
@SuppressWarnings("unchecked")
class BoardSummaryTest {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "parity-demo");
    }

    /** label, value, previous, change, Parity's word, King's printed change. */
    static final List<List<Object>> KINGS = List.of(
            List.of("1a", 55.2, 50.7, 4.5, "better", "4.5% better"),
            List.of("1b", 30.4, 28.8, 1.6, "better", "1.6% better"),
            List.of("1c", 30.9, 25.4, 5.5, "better", "5.5% better"),
            List.of("2", 1.65, 1.78, -0.13, "better", "0.13 better"),
            List.of("3", 1.85, 2.23, -0.38, "better", "0.38 better"),
            List.of("4", 1.04, 0.88, 0.16, "better", "0.16 worse"),
            List.of("5", 33.5, 36.9, -3.4, "better", "3.4% better"),
            List.of("6", 29.2, 32.1, -2.9, "better", "2.9% better"),
            List.of("7", 46.1, 45.3, 0.8, "better", "0.8% better"),
            List.of("8", 18.7, 19.6, -0.9, "better", "0.9% better"),
            List.of("9", -41.9, -38.2, -3.7, "worse", "3.7% worse"));

    @Test
    void kingsWresSummaryIsItsElevenPublishedRows() throws Exception {
        String json = mvc.perform(get("/api/organisations/kings/report/summary")
                        .param("standard", "WRES")
                        .with(as("edi@kings")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standardsShown", contains("WRES")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(json, "$.indicators");
        assertThat(rows).extracting(r -> r.get("standard")).containsOnly("WRES");
        assertThat(rows)
                .extracting(r -> r.get("code"))
                .containsExactly(
                        "WRES1", "WRES1", "WRES1", "WRES2", "WRES3", "WRES4", "WRES5", "WRES6", "WRES7", "WRES8",
                        "WRES9");
        assertThat(rows)
                .extracting(r -> r.get("label"))
                .containsExactly("1a", "1b", "1c", "2", "3", "4", "5", "6", "7", "8", "9");
        for (int i = 0; i < KINGS.size(); i++) {
            List<Object> expected = KINGS.get(i);
            Map<String, Object> row = rows.get(i);
            String label = (String) expected.get(0);
            assertThat(((Number) row.get("value")).doubleValue())
                    .as(label + " value")
                    .isEqualTo(expected.get(1));
            assertThat(((Number) row.get("previous")).doubleValue())
                    .as(label + " previous")
                    .isEqualTo(expected.get(2));
            assertThat(((Number) row.get("change")).doubleValue())
                    .as(label + " change")
                    .isEqualTo(expected.get(3));
            assertThat(row.get("status")).as(label + " Parity's word").isEqualTo(expected.get(4));
            assertThat(row.get("publishedChange")).as(label + " King's words").isEqualTo(expected.get(5));
            boolean differs = label.equals("4");
            assertThat(row.get("publishedDisagrees"))
                    .as(label + " disagreement")
                    .isEqualTo(differs);
            if (differs) {
                assertThat(row.get("publishedWord")).isEqualTo("worse");
                assertThat((List<String>) row.get("flags")).contains(SummaryBuilder.PUBLISHED_WORD_DIFFERS);
            } else {
                assertThat((List<String>) row.get("flags")).doesNotContain(SummaryBuilder.PUBLISHED_WORD_DIFFERS);
            }
        }
        // the change is said in the figure's unit: percentages move in percentage points, likelihoods in the ratio
        assertThat(rows)
                .extracting(r -> r.get("changeUnit"))
                .containsExactly(
                        "percentage-points",
                        "percentage-points",
                        "percentage-points",
                        "ratio",
                        "ratio",
                        "ratio",
                        "percentage-points",
                        "percentage-points",
                        "percentage-points",
                        "percentage-points",
                        "percentage-points");
        assertThat(rows.get(0).get("period")).isEqualTo("2023/24");
        assertThat(rows.get(0).get("previousPeriod")).isEqualTo("2022/23");
    }

    @Test
    void kingsSummaryPdfFitsTwoPagesAndReadsAsTheDocumentDoes() throws Exception {
        byte[] pdf = mvc.perform(get("/api/organisations/kings/report/summary")
                        .param("standard", "WRES")
                        .param("format", "pdf")
                        .with(as("edi@kings")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // kept for a person to look at (target/ is not committed)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "kings-wres-summary.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Board summary: King's")
                    .contains("55.2%")
                    .contains("+4.5 pp")
                    .contains("Published: 0.16 worse")
                    .contains(
                            "The document printed \"worse\"; Parity rates it Better because nearer 1.00 (parity) is better.")
                    .contains("1.04");
        }
    }

    @Test
    void theSummaryPageShowsEachLineInWordsAndLinksItsPdf() throws Exception {
        String html = mvc.perform(get("/organisations/kings/report/summary")
                        .param("standard", "WRES")
                        .with(as("edi@kings")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Board summary: King")
                .contains("id=\"summary-WRES-1a\"")
                .contains("id=\"summary-WRES-9\"")
                .contains("Published: 3.7% worse")
                .containsPattern(
                        "href=\"/api/organisations/kings/report/summary\\?standard=WRES&amp;[^\"]*format=pdf\"");
    }

    @Test
    void kmptSummaryHasEachStandardInItsOwnOrderAndNamesMissingFigures() throws Exception {
        String json = mvc.perform(get("/api/organisations/kmpt/report/summary").with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standardsShown", contains("WRES", "WDES", "GPG")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> wdes = JsonPath.read(json, "$.indicators[?(@.standard == 'WDES')].label");
        assertThat(wdes).containsExactly("1", "2", "3", "4a", "4b", "4c", "4d", "5", "6", "7", "8", "9a", "9b", "10");
        List<String> gpg = JsonPath.read(json, "$.indicators[?(@.standard == 'GPG')].code");
        assertThat(gpg).startsWith("GPG_MEAN_GAP", "GPG_MEDIAN_GAP", "GPG_MEAN_BONUS_GAP", "GPG_MEDIAN_BONUS_GAP");
        // KMPT publishes no band 8a-and-above total: the line is there, saying so, not left out
        List<String> oneB = JsonPath.read(json, "$.indicators[?(@.standard == 'WRES' && @.label == '1b')].status");
        assertThat(oneB).containsExactly("no-data");
        // WDES 4b compares disabled staff with non-disabled staff of the same year
        List<String> comparator =
                JsonPath.read(json, "$.indicators[?(@.standard == 'WDES' && @.label == '4b')].comparator.group");
        assertThat(comparator).containsExactly("NON_DISABLED");
    }

    @Test
    void everyActionHasItsVerdictInTheContractsShape() throws Exception {
        String json = mvc.perform(get("/api/organisations/kings/report/summary")
                        .param("format", "json")
                        .with(as("edi@kings")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String report = mvc.perform(get("/api/organisations/kings/report").with(as("edi@kings")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> summarised = JsonPath.read(json, "$.actions[*].id");
        List<Integer> reported = JsonPath.read(report, "$.actions[*].id");
        assertThat(summarised).containsExactlyInAnyOrderElementsOf(reported);
        List<String> workings = JsonPath.read(json, "$.actions[*].working");
        assertThat(workings)
                .isNotEmpty()
                .allMatch(w -> List.of("yes", "partly", "no", "no-evidence").contains(w));
        int total = JsonPath.read(json, "$.exceptionsTotal");
        List<?> exceptions = JsonPath.read(json, "$.exceptions");
        assertThat(exceptions).hasSize(Math.min(total, SummaryBuilder.TOP_EXCEPTIONS));
    }

    @Test
    void whoMayNotReadIt() throws Exception {
        // a board reader reads issued reports only (the issued report opens with this summary)
        mvc.perform(get("/api/organisations/kings/report/summary").with(as("board@kings")))
                .andExpect(status().isForbidden());
        // another organisation's summary does not exist for this reader
        mvc.perform(get("/api/organisations/kings/report/summary").with(as("edi@kmpt")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/organisations/kings/report/summary")).andExpect(status().isUnauthorized());
        // a summary has no spreadsheet: a clear 400, not a file
        mvc.perform(get("/api/organisations/kings/report/summary")
                        .param("format", "xlsx")
                        .with(as("edi@kings")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }
}
