package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.parity.people.internal.ApiTokens;
import org.parity.people.internal.ApiTokens.NewToken;
import org.parity.people.internal.AppUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Your account": the calendar address is made and reset there (shown once, the old one dead at once,
 * audited); tokens are made with the API's rules (errors beside the fields, nothing made), shown once,
 * listed and revoked; nobody revokes another's token from their own page; board readers and anonymous
 * callers are refused.
 */
@ParityTest
class AccountPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AppUserRepository users;

    String page(String user) throws Exception {
        return mvc.perform(get("/my/account").with(httpBasic(user, "parity-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everySignedInPersonWithWorkHasTheirAccountPageAndOthersAreRefused() throws Exception {
        for (String user : new String[] {"admin", "edi@kmpt", "lead@kmpt", "sponsor@kmpt", "ics@kent-medway"}) {
            assertThat(page(user))
                    .contains("Your account")
                    .contains("Your tasks in your calendar")
                    .contains("Personal API tokens")
                    .contains(user);
        }
        mvc.perform(get("/my/account"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/my/account").with(httpBasic("board@kmpt", "parity-demo")))
                .andExpect(status().isForbidden());
        // the header links to it
        assertThat(page("lead@kmpt")).contains("href=\"/my/account\"");
    }

    @Test
    void resettingTheCalendarLinkShowsTheNewAddressOnceAndKillsTheOldOne() throws Exception {
        MvcResult made = mvc.perform(post("/my/account/calendar-link")
                        .with(httpBasic("sponsor@ekhuft", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/account#calendar"))
                .andReturn();
        String first = (String) made.getFlashMap().get("calendarUrl");
        assertThat(first).matches("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics");
        String path = first.substring("http://localhost".length());
        mvc.perform(get(path)).andExpect(status().isOk());

        // shown on the page it redirects to, and not on the next
        String shown = mvc.perform(get("/my/account")
                        .with(httpBasic("sponsor@ekhuft", "parity-demo"))
                        .with(MvcSession.flash(made.getFlashMap())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains(first).contains("readonly");
        assertThat(page("sponsor@ekhuft")).doesNotContain(first).contains("Reset calendar link");

        MvcResult reset = mvc.perform(post("/my/account/calendar-link")
                        .with(httpBasic("sponsor@ekhuft", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(reset.getFlashMap().get("message")).isEqualTo("account.calendar.wasReset");
        String second = (String) reset.getFlashMap().get("calendarUrl");
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(second.substring("http://localhost".length()))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject_type = 'CALENDAR_LINK'"
                                + " and subject_id = 'sponsor@ekhuft' and event_type = 'CALENDAR_LINK_RESET'",
                        Long.class))
                .isGreaterThanOrEqualTo(1);

        // without the page's CSRF token nothing changes
        mvc.perform(post("/my/account/calendar-link").with(httpBasic("sponsor@ekhuft", "parity-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get(second.substring("http://localhost".length()))).andExpect(status().isOk());
    }

    @Test
    void aTokenIsMadeShownOnceListedAndRevoked() throws Exception {
        MvcResult made = mvc.perform(post("/my/account/tokens")
                        .with(httpBasic("edi@ekhuft", "parity-demo"))
                        .with(csrf())
                        .param("name", "  Account page token ")
                        .param("expiresInDays", "30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/account#tokens"))
                .andReturn();
        NewToken token = (NewToken) made.getFlashMap().get("newToken");
        assertThat(token.name()).isEqualTo("Account page token");
        assertThat(token.token()).startsWith("pty_");
        mvc.perform(get("/api/me/tasks").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk());

        String shown = mvc.perform(get("/my/account")
                        .with(httpBasic("edi@ekhuft", "parity-demo"))
                        .with(MvcSession.flash(made.getFlashMap())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains(token.token());
        String later = page("edi@ekhuft");
        assertThat(later)
                .doesNotContain(token.token())
                .contains("Account page token")
                .contains("Active");

        // someone else cannot revoke it from their page: not found, and it still works
        mvc.perform(post("/my/account/tokens/{id}/revoke", token.id())
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/me/tasks").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk());

        mvc.perform(post("/my/account/tokens/{id}/revoke", token.id())
                        .with(httpBasic("edi@ekhuft", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/account#tokens"));
        mvc.perform(get("/api/me/tasks").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
        assertThat(tokens.mine(users.findByUsername("edi@ekhuft").orElseThrow().toCaller()))
                .filteredOn(t -> t.id().equals(token.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.revoked()).isNotNull());
        assertThat(page("edi@ekhuft")).contains("Revoked");
    }

    @Test
    void aBadTokenFormShowsItsErrorsBesideTheFieldsAndMakesNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from api_token", Long.class);
        String[][] cases = {
            {"", "30", "name", "Give the token a name of 1 to 100 characters"},
            {"   ", "30", "name", "Give the token a name of 1 to 100 characters"},
            {"n".repeat(101), "30", "name", "Give the token a name of 1 to 100 characters"},
            {"bad\u0007name", "30", "name", "Give the token a name of 1 to 100 characters"},
            {"\u202Eevil", "30", "name", "Give the token a name of 1 to 100 characters"},
            {"ok", "\u0663", "expiresInDays", "Give a whole number of days from 1 to 366"},
            {"ok", "1e3", "expiresInDays", "Give a whole number of days from 1 to 366"},
            {"ok", "0", "expiresInDays", "Give a whole number of days from 1 to 366"},
            {"ok", "367", "expiresInDays", "Give a whole number of days from 1 to 366"},
            {"ok", "", "expiresInDays", "Give a whole number of days from 1 to 366"},
            {"ok", "ten", "expiresInDays", "Give a whole number of days from 1 to 366"},
            {"ok", "1.5", "expiresInDays", "Give a whole number of days from 1 to 366"},
        };
        for (String[] c : cases) {
            String html = mvc.perform(post("/my/account/tokens")
                            .with(httpBasic("lead@kings", "parity-demo"))
                            .with(csrf())
                            .param("name", c[0])
                            .param("expiresInDays", c[1]))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html)
                    .as("%s=%s", c[2], c[1])
                    .contains("govuk-error-summary")
                    .contains("href=\"#" + c[2] + "\"")
                    .contains("id=\"" + c[2] + "-error\"")
                    .contains(c[3]);
        }
        assertThat(jdbc.queryForObject("select count(*) from api_token", Long.class))
                .isEqualTo(before);
    }
}
