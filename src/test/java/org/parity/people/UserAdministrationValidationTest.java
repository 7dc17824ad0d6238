package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parity.people.Refused.refusals;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The user administration's rules hold when it is called directly, not only through the admin pages:
 * bad data throws before anything is stored or audited.
 */
@ParityTest
class UserAdministrationValidationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAdministration administration;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private Caller admin() {
        return users.findByUsername("admin").orElseThrow().toCaller();
    }

    @Test
    void theUserServiceRefusesBadDataWhenCalledDirectly() {
        long before = count("app_user") + count("audit_event");
        AccountForm form = new AccountForm();
        form.setUsername("x");
        form.setDisplayName(" ");
        form.setRoles(EnumSet.of(Role.ICS, Role.EDI));
        form.setPassword("password1234");
        assertThat(refusals(() -> administration.create(form, admin())))
                .containsOnly(
                        Map.entry("username", "Enter a username of 3 to 120 letters, digits, dots, dashes or @"),
                        Map.entry("displayName", "Enter the person's name"),
                        Map.entry("systemCode", "Choose the integrated care system an ICS user reads"),
                        Map.entry("organisationCode", "Choose the organisation this person works for"),
                        Map.entry("password", "This password is on a list of common passwords: choose another"));
        form.setUsername("admin");
        assertThat(refusals(() -> administration.create(form, admin())))
                .containsEntry("username", "A user with this username already exists");
        assertThat(count("app_user") + count("audit_event")).isEqualTo(before);

        AppUser user = users.save(new AppUser(
                "direct@kmpt",
                encoder.encode("a-long-enough-secret"),
                "Direct",
                "kmpt",
                null,
                EnumSet.of(Role.LEAD),
                true));
        long saved = count("app_user") + count("audit_event");
        AccountForm change = new AccountForm();
        change.setDisplayName("Renamed");
        change.setRoles(EnumSet.noneOf(Role.class));
        assertThat(refusals(() -> administration.update(user.getId(), user.getVersion(), change, admin())))
                .containsOnly(Map.entry("roles", "Choose at least one role"));
        assertThat(refusals(() ->
                        administration.resetPassword(user.getId(), user.getVersion(), "direct@kmpt and more", admin())))
                .containsOnly(Map.entry("password", "The password must not contain the username"));
        assertThat(refusals(() -> administration.resetPassword(user.getId(), user.getVersion(), "short", admin())))
                .containsOnly(Map.entry("password", "Enter a password of at least 12 characters"));
        AppUser after = users.findById(user.getId()).orElseThrow();
        assertThat(after.getDisplayName()).isEqualTo("Direct");
        assertThat(after.getRoles()).containsExactly(Role.LEAD);
        assertThat(encoder.matches("a-long-enough-secret", after.getPasswordHash()))
                .isTrue();
        assertThat(count("app_user") + count("audit_event")).isEqualTo(saved);
    }
}
