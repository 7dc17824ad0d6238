package org.parity.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo users of the embedded default: admin, and per organisation edi@, lead@, sponsor@ and
 * board@, plus one ICS reader per system. Never created in the prod profile.
 */
@Service
public class DemoUsers {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final String password;

    DemoUsers(AppUserRepository users, PasswordEncoder encoder, @Value("${parity.demo.password}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.password = password;
    }

    /** Whether the demo users were created: the admin is created first, in the same transaction as the rest. */
    @Transactional(readOnly = true)
    public boolean present() {
        return users.existsByUsername("admin");
    }

    @Transactional
    public int create(List<String> organisationCodes, List<String> systemCodes) {
        String hash = encoder.encode(password);
        int created = 0;
        created += add("admin", "Platform administrator", null, null, EnumSet.of(Role.ADMIN), hash);
        for (String org : organisationCodes) {
            created += add("edi@" + org, "EDI team (" + org + ")", org, null, EnumSet.of(Role.EDI), hash);
            created += add("lead@" + org, "Action lead (" + org + ")", org, null, EnumSet.of(Role.LEAD), hash);
            created +=
                    add("sponsor@" + org, "Executive sponsor (" + org + ")", org, null, EnumSet.of(Role.SPONSOR), hash);
            created += add("board@" + org, "Board reader (" + org + ")", org, null, EnumSet.of(Role.BOARD), hash);
        }
        for (String system : systemCodes) {
            created += add(
                    "ics@" + system, "System-wide reader (" + system + ")", null, system, EnumSet.of(Role.ICS), hash);
        }
        return created;
    }

    private int add(String username, String displayName, String org, String system, Set<Role> roles, String hash) {
        if (users.existsByUsername(username)) {
            return 0;
        }
        users.save(new AppUser(username, hash, displayName, org, system, roles, true));
        return 1;
    }
}
