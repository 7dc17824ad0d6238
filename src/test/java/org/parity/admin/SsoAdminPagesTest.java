package org.parity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.Role;
import org.parity.people.SingleSignOn;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The admin pages of single sign-on: the mappings from a provider's group to a role (added, refused
 * with the reason beside the field, removed; admins only), and approving a pending person on the user
 * page, with their e-mail address.
 */
@ParityTest
class SsoAdminPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SingleSignOn sso;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    private static MockHttpServletRequestBuilder addMapping(String provider, String group, String org, String role) {
        return post("/admin/sso-mappings")
                .param("provider", provider)
                .param("claimValue", group)
                .param("organisationCode", org)
                .param("role", role)
                .with(httpBasic("admin", "parity-demo"))
                .with(csrf());
    }

    private long mappings() {
        return jdbc.queryForObject("select count(*) from sso_role_mapping", Long.class);
    }

    @Test
    void anAdminAddsAMappingSeesItAndRemovesItAndBothAreAudited() throws Exception {
        mvc.perform(addMapping("testidp", "Kent Sponsors", "kmpt", "SPONSOR"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/sso-mappings"));
        var added = sso.mappings().stream()
                .filter(m -> m.claimValue().equals("Kent Sponsors"))
                .findFirst()
                .orElseThrow();
        assertThat(added.role()).isEqualTo(Role.SPONSOR);
        assertThat(added.organisationCode()).isEqualTo("kmpt");
        mvc.perform(get("/admin/sso-mappings").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kent Sponsors")))
                .andExpect(content().string(containsString("Test identity provider")));

        mvc.perform(post("/admin/sso-mappings/{id}/remove", added.id())
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(sso.mappings()).noneMatch(m -> m.id().equals(added.id()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject_type = 'SSO_MAPPING' and subject_id = ?",
                        Integer.class,
                        String.valueOf(added.id())))
                .isEqualTo(2);
    }

    @Test
    void badMappingsComeBackWithTheReasonBesideTheFieldAndStoreNothing() throws Exception {
        mvc.perform(addMapping("testidp", "Kent Leads", "kmpt", "LEAD")).andExpect(status().is3xxRedirection());
        long before = mappings();

        expectRefused(addMapping("testidp", "  ", "kmpt", "EDI"), "Enter the group");
        expectRefusedBeside(addMapping("testidp", "Group", "nowhere", "EDI"), "organisationCode");
        expectRefused(addMapping("testidp", "Group", "kmpt", "ADMIN"), "Only EDI team, lead, sponsor or board");
        expectRefused(addMapping("testidp", "Group", "kmpt", "ICS"), "Only EDI team, lead, sponsor or board");
        expectRefused(addMapping("nosuch", "Group", "kmpt", "EDI"), "Choose a provider this installation has");
        expectRefused(addMapping("testidp", "Kent Leads", "kmpt", "LEAD"), "already gives this role");
        expectRefused(addMapping("testidp", "Group", "kmpt", ""), "Choose a role");

        assertThat(mappings()).isEqualTo(before);
    }

    private void expectRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString(message)));
    }

    /** The error is shown beside this field (and no other). */
    private void expectRefusedBeside(MockHttpServletRequestBuilder request, String field) throws Exception {
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString(field + "-error")))
                .andExpect(content().string(not(containsString("claimValue-error"))))
                .andExpect(content().string(not(containsString("role-error"))));
    }

    @Test
    void onlyAdminsMayChangeMappings() throws Exception {
        long before = mappings();
        for (String who : new String[] {"edi@kmpt", "lead@kmpt", "ics@kent-medway"}) {
            mvc.perform(post("/admin/sso-mappings")
                            .param("provider", "testidp")
                            .param("claimValue", "Sneaky")
                            .param("organisationCode", "kmpt")
                            .param("role", "EDI")
                            .with(httpBasic(who, "parity-demo"))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(mappings()).isEqualTo(before);
    }

    @Test
    void aPendingPersonIsShownAsWaitingAndApprovedWithTheOrganisationAndRolesChosen() throws Exception {
        AppUser pending = users.save(AppUser.pending(
                "pending.person@example.nhs.uk",
                encoder.encode("nobody knows this one"),
                "Pending Person",
                "pending.person@example.nhs.uk"));
        mvc.perform(get("/admin/users").with(httpBasic("admin", "parity-demo")))
                .andExpect(content().string(containsString("Waiting for approval")));
        mvc.perform(get("/admin/users/{id}", pending.getId()).with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Approve with this organisation and these roles")))
                .andExpect(content().string(containsString("pending.person@example.nhs.uk")));

        // approving without a role is refused and leaves them pending
        mvc.perform(post("/admin/users/{id}", pending.getId())
                        .param("displayName", "Pending Person")
                        .param("organisationCode", "kmpt")
                        .param("version", String.valueOf(pending.getVersion()))
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one role")));
        assertThat(users.findById(pending.getId()).orElseThrow().isPending()).isTrue();

        mvc.perform(post("/admin/users/{id}", pending.getId())
                        .param("displayName", "Pending Person")
                        .param("email", "pending.person@example.nhs.uk")
                        .param("organisationCode", "kmpt")
                        .param("roles", "SPONSOR")
                        .param("version", String.valueOf(pending.getVersion()))
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        AppUser approved = users.findById(pending.getId()).orElseThrow();
        assertThat(approved.isPending()).isFalse();
        assertThat(approved.getRoles()).containsExactly(Role.SPONSOR);
        assertThat(approved.getOrganisationCode()).isEqualTo("kmpt");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where event_type = 'USER_APPROVED' and subject_id = ?",
                        Integer.class,
                        approved.getUsername()))
                .isEqualTo(1);
    }

    @Test
    void anEmailAddressAnotherUserHasIsRefusedBesideTheField() throws Exception {
        AppUser owner = users.save(new AppUser(
                "email-owner@kmpt",
                encoder.encode("x-long-enough-secret"),
                "Owner",
                "kmpt",
                null,
                EnumSet.of(Role.LEAD),
                false));
        owner.changeEmail("owner@kmpt.nhs.uk");
        users.save(owner);
        AppUser other = users.save(new AppUser(
                "email-other@kmpt",
                encoder.encode("x-long-enough-secret"),
                "Other",
                "kmpt",
                null,
                EnumSet.of(Role.LEAD),
                false));

        mvc.perform(post("/admin/users/{id}", other.getId())
                        .param("displayName", "Other")
                        .param("email", "Owner@KMPT.nhs.uk")
                        .param("organisationCode", "kmpt")
                        .param("roles", "LEAD")
                        .param("version", String.valueOf(other.getVersion()))
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another user already has this e-mail address")));
        mvc.perform(post("/admin/users/{id}", other.getId())
                        .param("displayName", "Other")
                        .param("email", "not an address")
                        .param("organisationCode", "kmpt")
                        .param("roles", "LEAD")
                        .param("version", String.valueOf(other.getVersion()))
                        .with(httpBasic("admin", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an e-mail address like name@nhs.net")));
        assertThat(users.findById(other.getId()).orElseThrow().getEmail()).isNull();
    }
}
