package org.parity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.parity.support.Scrape;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The operations endpoints: /actuator/prometheus for admins only, by session, HTTP Basic or personal API
 * token (anonymous 401, every other role 403, each refusal audited); the liveness and readiness probes
 * public with no details for anyone but an admin; the metrics Spring Boot contributes (HTTP, JVM,
 * connection pool) present.
 */
@ParityTest
class OperationsEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousCallersGetA401ProblemNotAMetricOrALoginPage() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Parity\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("jvm_"))));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer pty_not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @ValueSource(strings = {"edi@kmpt", "lead@kmpt", "sponsor@kmpt", "board@kmpt", "ics@kent-medway"})
    void everyOtherRoleIsRefusedWith403AndTheRefusalIsAudited(String user) throws Exception {
        long refusals = refusalsOf(user);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(user, "parity-demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("jvm_"))));
        assertThat(refusalsOf(user)).isEqualTo(refusals + 1);
    }

    @Test
    void anAdminScrapesWithHttpBasic() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"));
    }

    @Test
    void anAdminScrapesWithASignedInSession() throws Exception {
        MvcSession session = MvcSession.signedIn(mvc, "admin", "parity-demo");
        mvc.perform(get("/actuator/prometheus").with(session)).andExpect(status().isOk());

        MvcSession lead = MvcSession.signedIn(mvc, "lead@kmpt", "parity-demo");
        mvc.perform(get("/actuator/prometheus").with(lead)).andExpect(status().isForbidden());
    }

    @Test
    void aScraperUsesAnAdminsPersonalApiTokenAndNobodyElses() throws Exception {
        String admin = token("admin");
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk());
        String edi = token("edi@kmpt");
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + edi))
                .andExpect(status().isForbidden());
        // a revoked token is refused at once
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/me/tokens/{id}", tokenId(admin))
                        .with(httpBasic("admin", "parity-demo")))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + admin))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void bootsHttpJvmAndConnectionPoolMetricsAreThere() throws Exception {
        mvc.perform(get("/api/organisations").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isOk());
        Scrape scrape = Scrape.of(mvc);
        assertThat(scrape.names())
                .contains(
                        "http_server_requests_seconds_bucket",
                        "http_server_requests_seconds_count",
                        "jvm_memory_used_bytes",
                        "jvm_gc_pause_seconds_count",
                        "jvm_threads_live_threads",
                        "process_cpu_usage",
                        "hikaricp_connections_active",
                        "hikaricp_connections_pending",
                        "hikaricp_connections_max");
        assertThat(scrape.samples().keySet())
                .anyMatch(series -> series.startsWith("http_server_requests_seconds_count{")
                        && series.contains("uri=\"/api/organisations\""));
    }

    @Test
    void probesArePublicAndSayOnlyUpToAnonymousCallers() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            String body = mvc.perform(get(probe))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            JsonNode health = json.readTree(body);
            assertThat(health.get("status").asText()).as(probe).isEqualTo("UP");
            assertThat(health.size()).as(probe + " has no details: " + body).isEqualTo(1);
            // a signed-in person who is not an admin sees no more than anyone else
            String lead = mvc.perform(get(probe).with(httpBasic("lead@kmpt", "parity-demo")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(json.readTree(lead).size())
                    .as(probe + " as a lead: " + lead)
                    .isEqualTo(1);
        }
        // the overall health (which here includes the test profile's unreachable SMTP server) names no component
        String overall =
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        // (the names of the two probe groups are listed, nothing about what they are made of)
        assertThat(json.readTree(overall).fieldNames()).toIterable().containsOnly("status", "groups");
        assertThat(overall).doesNotContain("mail", "db", "diskSpace", "seed");
    }

    @Test
    void anAdminSeesWhatReadinessIsMadeOf() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"))
                .andExpect(jsonPath("$.components.seed.status").value("UP"))
                .andExpect(jsonPath("$.components.db").doesNotExist());
        mvc.perform(get("/actuator/health/liveness").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.livenessState.status").value("UP"));
    }

    @Test
    void otherActuatorEndpointsAreNotPublic() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/env").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isNotFound());
    }

    private long refusalsOf(String user) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where actor = ? and event_type = 'REFUSED' and subject_id = ?",
                Long.class,
                user,
                "GET /actuator/prometheus");
    }

    private String token(String user) throws Exception {
        String body = mvc.perform(post("/api/me/tokens")
                        .with(httpBasic(user, "parity-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Prometheus\",\"expiresInDays\":30}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode token = json.readTree(body);
        tokenIds.put(token.get("token").asText(), token.get("id").asText());
        return token.get("token").asText();
    }

    private final java.util.Map<String, String> tokenIds = new java.util.HashMap<>();

    private String tokenId(String secret) {
        return tokenIds.get(secret);
    }
}
