package org.parity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.Role;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An admin's mistakes are answered on the page, never with a 500: disabling yourself is a 400 with
 * the reason, a page someone else changed meanwhile is a 409 with the form as typed; nothing is stored.
 */
@ParityTest
class AdminErrorsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void disablingYourselfIsRefusedOnThePageAndYouStayEnabled() throws Exception {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        mvc.perform(post("/admin/users/{id}/disable", admin.getId())
                        .param("version", String.valueOf(admin.getVersion()))
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("You cannot disable yourself")));
        assertThat(users.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void aStalePageIsA409WithTheFormAsTypedAndNothingStored() throws Exception {
        AppUser user = users.save(new AppUser(
                "stale@kmpt",
                encoder.encode("a-long-enough-secret"),
                "Before",
                "kmpt",
                null,
                EnumSet.of(Role.LEAD),
                true));
        long stale = user.getVersion();
        mvc.perform(post("/admin/users/{id}", user.getId())
                        .param("version", String.valueOf(stale))
                        .param("displayName", "First change")
                        .param("organisationCode", "kmpt")
                        .param("roles", "LEAD")
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/admin/users/{id}", user.getId())
                        .param("version", String.valueOf(stale))
                        .param("displayName", "Typed on the stale page")
                        .param("organisationCode", "kmpt")
                        .param("roles", "SPONSOR")
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this user")))
                .andExpect(content().string(containsString("value=\"Typed on the stale page\"")));
        AppUser after = users.findById(user.getId()).orElseThrow();
        assertThat(after.getDisplayName()).isEqualTo("First change");
        assertThat(after.getRoles()).containsExactly(Role.LEAD);

        for (String change : new String[] {"disable", "password"}) {
            mvc.perform(post("/admin/users/{id}/" + change, user.getId())
                            .param("version", String.valueOf(stale))
                            .param("password", "another-long-enough-secret")
                            .with(httpBasic("admin", "parity-demo"))
                            .with(csrf()))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("Someone else changed this user")));
        }
        AppUser unchanged = users.findById(user.getId()).orElseThrow();
        assertThat(unchanged.isEnabled()).isTrue();
        assertThat(encoder.matches("a-long-enough-secret", unchanged.getPasswordHash()))
                .isTrue();
    }
}
