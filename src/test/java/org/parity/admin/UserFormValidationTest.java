package org.parity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.Role;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.result.ContentResultMatchers;

/**
 * The user pages' rules are the forms' constraints: a post that breaks them comes back with each error
 * next to its field and in the error summary (linking to the field), and stores and audits nothing.
 */
@ParityTest
class UserFormValidationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    private final ContentResultMatchers page = content();

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("admin", "parity-demo")).with(csrf());
    }

    private long stored() {
        return users.count() * 1_000_000 + jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    @Test
    void aNewUserWithBadFieldsShowsEveryErrorByItsFieldAndStoresNothing() throws Exception {
        long before = stored();
        mvc.perform(asAdmin(post("/admin/users/new"))
                        .param("username", "has space")
                        .param("displayName", "")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(page.string(containsString("govuk-error-summary")))
                .andExpect(page.string(containsString("href=\"#username\"")))
                .andExpect(
                        page.string(containsString("Enter a username of 3 to 120 letters, digits, dots, dashes or @")))
                .andExpect(page.string(containsString("href=\"#displayName\"")))
                .andExpect(page.string(containsString("Enter the person&#39;s name")))
                .andExpect(page.string(containsString("href=\"#roles\"")))
                .andExpect(page.string(containsString("Choose at least one role")))
                .andExpect(page.string(containsString("href=\"#password\"")))
                .andExpect(page.string(containsString("Enter a password of at least 12 characters")))
                .andExpect(page.string(containsString("value=\"has space\"")));

        mvc.perform(asAdmin(post("/admin/users/new"))
                        .param("username", "admin")
                        .param("displayName", "Second admin")
                        .param("organisationCode", "nope")
                        .param("systemCode", "")
                        .param("roles", "LEAD", "ICS")
                        .param("password", "admin violet tractor 9 moons"))
                .andExpect(status().isOk())
                .andExpect(page.string(containsString("A user with this username already exists")))
                .andExpect(page.string(containsString("Choose an organisation from the list")))
                .andExpect(page.string(containsString("Choose the integrated care system an ICS user reads")))
                .andExpect(page.string(containsString("The password must not contain the username")))
                .andExpect(page.string(not(containsString("Choose the organisation this person works for"))));

        mvc.perform(asAdmin(post("/admin/users/new"))
                        .param("username", "placed@kmpt")
                        .param("displayName", "Line\u0000break")
                        .param("systemCode", "nowhere")
                        .param("roles", "SPONSOR")
                        .param("password", "violet tractor under 9 moons"))
                .andExpect(status().isOk())
                .andExpect(page.string(containsString("The name contains a control character (code 0)")))
                .andExpect(page.string(containsString("Choose an integrated care system from the list")))
                .andExpect(page.string(containsString("Choose the organisation this person works for")));
        assertThat(stored()).isEqualTo(before);
        assertThat(users.findByUsername("placed@kmpt")).isEmpty();
    }

    @Test
    void aChangeOrPasswordThatBreaksTheRulesIsShownOnTheUsersPageAndChangesNothing() throws Exception {
        AppUser user = users.save(new AppUser(
                "checked@kmpt",
                encoder.encode("a-long-enough-secret"),
                "Checked",
                "kmpt",
                null,
                EnumSet.of(Role.LEAD),
                true));
        long before = stored();
        mvc.perform(asAdmin(post("/admin/users/{id}", user.getId()))
                        .param("version", String.valueOf(user.getVersion()))
                        .param("displayName", "   ")
                        .param("organisationCode", "")
                        .param("roles", "SPONSOR"))
                .andExpect(status().isOk())
                .andExpect(page.string(containsString("Enter the person&#39;s name")))
                .andExpect(page.string(containsString("href=\"#organisationCode\"")))
                .andExpect(page.string(containsString("Choose the organisation this person works for")));

        for (String[] refused : new String[][] {
            {"password1234", "This password is on a list of common passwords: choose another"},
            {"checked@kmpt is my password", "The password must not contain the username"},
            {"x".repeat(201), "Enter a password of at most 200 characters"}
        }) {
            mvc.perform(asAdmin(post("/admin/users/{id}/password", user.getId()))
                            .param("version", String.valueOf(user.getVersion()))
                            .param("password", refused[0]))
                    .andExpect(status().isOk())
                    .andExpect(page.string(containsString("href=\"#password\"")))
                    .andExpect(page.string(containsString(refused[1])))
                    .andExpect(page.string(containsString("value=\"Checked\"")));
        }
        AppUser after = users.findById(user.getId()).orElseThrow();
        assertThat(after.getDisplayName()).isEqualTo("Checked");
        assertThat(after.getRoles()).containsExactly(Role.LEAD);
        assertThat(after.getVersion()).isEqualTo(user.getVersion());
        assertThat(encoder.matches("a-long-enough-secret", after.getPasswordHash()))
                .isTrue();
        assertThat(stored()).isEqualTo(before);

        mvc.perform(asAdmin(post("/admin/users/{id}/password", user.getId()))
                        .param("version", String.valueOf(user.getVersion()))
                        .param("password", "violet tractor under 9 moons"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(encoder.matches(
                        "violet tractor under 9 moons",
                        users.findById(user.getId()).orElseThrow().getPasswordHash()))
                .isTrue();
    }
}
