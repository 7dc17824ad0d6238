package org.parity.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The report page per caller, issuing from the page (with CSRF), the system comparison, and message keys. */
@ParityTest
class ReportPagesTest {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "parity-demo");
    }

    @Test
    void theEdiTeamSeesTheLiveReportWithDownloadsAndTheIssueButton() throws Exception {
        mvc.perform(get("/organisations/kmpt/report").param("standard", "WRES").with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(view().name(ReportPagesController.PAGE))
                .andExpect(content().string(containsString("Issue this report")))
                .andExpect(content().string(containsString("Download as PDF")))
                .andExpect(content()
                        .string(containsString(
                                "/api/organisations/kmpt/report?standard=WRES&amp;period=&amp;format=pdf")))
                .andExpect(content().string(containsString("1.18")))
                .andExpect(content().string(containsString("role=\"img\"")));
        mvc.perform(get("/").with(as("edi@kmpt")))
                .andExpect(content().string(containsString("/organisations/kmpt/report")));
    }

    @Test
    void boardReadersSeeIssuedReportsOnlyAndLeadsCannotIssue() throws Exception {
        mvc.perform(get("/organisations/kmpt/report").with(as("board@kmpt")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You can read issued reports.")))
                .andExpect(content().string(not(containsString("/api/organisations/kmpt/report"))))
                .andExpect(content().string(not(containsString("Issue this report"))));
        mvc.perform(get("/organisations/kmpt/report").with(as("lead@kmpt")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Download as PDF")))
                .andExpect(content().string(not(containsString("Issue this report"))));
        mvc.perform(get("/organisations/kmpt/report").with(as("edi@kings"))).andExpect(status().isNotFound());
    }

    @Test
    @Transactional
    void issuingFromThePageNeedsTheCsrfTokenAndRedirectsWithAMessage() throws Exception {
        mvc.perform(post("/organisations/kmpt/reports")
                        .param("asOf", "2026-01-31")
                        .with(as("edi@kmpt"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organisations/kmpt/report"))
                .andExpect(flash().attributeExists("issuedId"));
        mvc.perform(post("/organisations/kmpt/reports")
                        .param("asOf", "not a date")
                        .with(as("edi@kmpt"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("issueError"));
        mvc.perform(post("/organisations/kmpt/reports")
                        .param("asOf", "2026-01-31")
                        .with(as("board@kmpt"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theIcsReaderComparesTheOrganisationsOfItsSystem() throws Exception {
        mvc.perform(get("/systems/kent-medway/report").param("standard", "WRES").with(as("ics@kent-medway")))
                .andExpect(status().isOk())
                .andExpect(view().name(ReportPagesController.SYSTEM))
                .andExpect(content().string(containsString("East Kent Hospitals University NHS Foundation Trust")))
                .andExpect(content().string(containsString("Kent and Medway NHS and Social Care Partnership Trust")))
                .andExpect(content().string(containsString("WRES2")));
        mvc.perform(get("/organisations/kmpt/report").with(as("ics@kent-medway")))
                .andExpect(content().string(containsString("/systems/kent-medway/report")));
        mvc.perform(get("/systems/kent-medway/report").with(as("edi@kmpt"))).andExpect(status().isNotFound());
    }

    @Test
    void everyMessageTheReportTemplatesUseExists() throws IOException {
        Properties messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(in);
        }
        Pattern key = Pattern.compile("#\\{'?([a-zA-Z0-9.]+?)'?[(}]");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/report"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    String k = m.group(1);
                    if (!k.endsWith(".") && !messages.containsKey(k)) {
                        missing.add(file.getFileName() + ": " + k);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
