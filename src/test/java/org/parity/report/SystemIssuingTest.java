package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A system's comparison is issued, stored, listed and read later like a trust's report: by those who
 * compare the system (its ICS users, admins); to anyone else it does not exist. Its period filter picks
 * the figures of that period. Rolled back, so the issued rows do not reach other tests.
 */
@ParityTest
@Transactional
class SystemIssuingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "parity-demo");
    }

    private Long issue(String user, String body) throws Exception {
        String answer = mvc.perform(post("/api/systems/kent-medway/reports")
                        .with(as(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.system").value("kent-medway"))
                .andExpect(jsonPath("$.organisation").value(nullValue()))
                .andExpect(jsonPath("$.formats", contains("html", "pdf", "xlsx", "csv")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private byte[] download(Long id, String format, String user) throws Exception {
        return mvc.perform(get("/api/reports/{id}", id).param("format", format).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private int issuedRows() {
        return jdbc.queryForObject("select count(*) from issued_report", Integer.class);
    }

    @Test
    void theIcsReaderIssuesTheComparisonAndReadsTheSameBytesLater() throws Exception {
        Long id = issue("ics@kent-medway", "{\"standard\":\"WRES\",\"period\":\"2023/24\"}");

        mvc.perform(get("/api/systems/kent-medway/reports").with(as("ics@kent-medway")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].standard").value("WRES"))
                .andExpect(jsonPath("$[0].period").value("2023/24"))
                .andExpect(jsonPath("$[0].issuedBy").value("ics@kent-medway"));
        String hash = JsonPath.read(
                mvc.perform(get("/api/reports/{id}", id).with(as("ics@kent-medway")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.system").value("kent-medway"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.contentSha256");

        String html = new String(download(id, "html", "ics@kent-medway"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("System comparison: Kent and Medway Integrated Care System")
                .contains("Issued report number " + id)
                .contains(hash)
                .contains("2023/24")
                .doesNotContain("2024/25");
        byte[] pdf = download(id, "pdf", "ics@kent-medway");
        assertThat(pdf).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(download(id, "pdf", "admin")).isEqualTo(pdf);
        assertThat(download(id, "xlsx", "ics@kent-medway")).startsWith(new byte[] {'P', 'K'});
        assertThat(download(id, "html", "ics@kent-medway")).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyThoseWhoCompareTheSystemIssueListOrReadItsComparisons() throws Exception {
        Long id = issue("admin", "{}");
        int before = issuedRows();
        for (String trustUser : List.of("edi@kmpt", "lead@kmpt", "sponsor@kmpt", "edi@kings")) {
            mvc.perform(post("/api/systems/kent-medway/reports")
                            .with(as(trustUser))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/systems/kent-medway/reports").with(as(trustUser)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/reports/{id}", id).with(as(trustUser))).andExpect(status().isNotFound());
            mvc.perform(get("/api/reports/{id}", id).param("format", "pdf").with(as(trustUser)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/systems/kent-medway/reports").with(as(trustUser)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/systems/kent-medway/reports")
                        .with(as("board@kmpt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/{id}", id).with(as("board@kmpt"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/systems/south-east-london/reports")
                        .with(as("ics@kent-medway"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/systems/no-such-system/reports")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        assertThat(issuedRows()).isEqualTo(before);
        // and a system comparison never shows among a trust's issued reports
        mvc.perform(get("/api/organisations/kmpt/reports").with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(id.intValue()))));
    }

    @Test
    void badInputIsRefusedWithTheFieldAndStoresNothing() throws Exception {
        int before = issuedRows();
        mvc.perform(post("/api/systems/kent-medway/reports")
                        .with(as("ics@kent-medway"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asOf\":\"2025-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(post("/api/systems/kent-medway/reports")
                        .with(as("ics@kent-medway"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plan\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plan"));
        mvc.perform(post("/api/systems/kent-medway/reports")
                        .with(as("ics@kent-medway"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"last year\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/systems/kent-medway/reports")
                        .param("period", "last year")
                        .with(as("ics@kent-medway"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("issueError", true));
        assertThat(issuedRows()).isEqualTo(before);
    }

    @Test
    void thePeriodFilterPicksThatPeriodsFigures() throws Exception {
        mvc.perform(get("/api/systems/kent-medway/report")
                        .param("standard", "WRES")
                        .with(as("ics@kent-medway")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods", hasItem("2023/24")))
                // latest first (other tests of the shared context may add later periods, so not "first is 2024/25")
                .andExpect(result -> {
                    List<String> periods = JsonPath.read(result.getResponse().getContentAsString(), "$.periods");
                    assertThat(periods.indexOf("2024/25")).isNotNegative().isLessThan(periods.indexOf("2023/24"));
                })
                .andExpect(jsonPath("$.indicators[*].cells.*.period", hasItem("2024/25")));
        mvc.perform(get("/api/systems/kent-medway/report")
                        .param("standard", "WRES")
                        .param("period", "2023/24")
                        .with(as("ics@kent-medway")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2023/24"))
                .andExpect(jsonPath("$.indicators[*].cells.*.period", hasItem("2023/24")))
                .andExpect(jsonPath("$.indicators[*].cells.*.period", everyItem(not("2024/25"))));
        // the page offers the periods and keeps the one chosen, and the ICS reader may issue it
        mvc.perform(get("/systems/kent-medway/report")
                        .param("standard", "WRES")
                        .param("period", "2023/24")
                        .with(as("ics@kent-medway")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"2023/24\" selected=\"selected\">")))
                .andExpect(content().string(containsString("Issue this comparison")))
                .andExpect(content()
                        .string(containsString(
                                "/api/systems/kent-medway/report?standard=WRES&amp;period=2023/24&amp;format=pdf")));
        // issuing from the page keeps the filter and says which report was issued
        mvc.perform(post("/systems/kent-medway/reports")
                        .param("standard", "WRES")
                        .param("period", "2023/24")
                        .with(as("ics@kent-medway"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/systems/kent-medway/report?standard=WRES&period=2023%2F24"))
                .andExpect(flash().attributeExists("issuedId"));
    }
}
