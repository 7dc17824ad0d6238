package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.parity.people.Refused.refusals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.internal.ApiTokens;
import org.parity.people.internal.AppUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A token's name and lifetime are constraints: a body that breaks them is a 400 with problem details
 * naming each field, and a direct call to the service with bad data throws; neither makes or audits anything.
 */
@ParityTest
class ApiTokenValidationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AppUserRepository users;

    @Autowired
    ApiTokens tokens;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private Caller admin() {
        return users.findByUsername("admin").orElseThrow().toCaller();
    }

    @Test
    void aTokenBodyThatBreaksTheRulesIsA400NamingEachFieldAndMakesNothing() throws Exception {
        long before = count("api_token") + count("audit_event");
        mvc.perform(post("/api/me/tokens")
                        .with(httpBasic("lead@kmpt", "parity-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"  \",\"expiresInDays\":367}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.title").value("Bad input"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "expiresInDays")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message")
                        .value("Give the token a name of 1 to 100 characters"))
                .andExpect(jsonPath("$.errors[?(@.field == 'expiresInDays')].message")
                        .value("Give a whole number of days from 1 to 366"));
        // no body at all: the service's own check names the same fields
        mvc.perform(post("/api/me/tokens")
                        .with(httpBasic("lead@kmpt", "parity-demo"))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "expiresInDays")));
        assertThat(count("api_token") + count("audit_event")).isEqualTo(before);
    }

    @Test
    void theTokenServiceRefusesBadDataWhenCalledDirectly() {
        long before = count("api_token") + count("audit_event");
        assertThat(refusals(() -> tokens.create(admin(), "bad\u0007name", 0)))
                .containsOnly(
                        Map.entry("name", "Give the token a name of 1 to 100 characters"),
                        Map.entry("expiresInDays", "Give a whole number of days from 1 to 366"));
        assertThat(refusals(() -> tokens.create(admin(), "n".repeat(101), null)))
                .containsOnlyKeys("name", "expiresInDays");
        assertThat(count("api_token") + count("audit_event")).isEqualTo(before);
    }
}
