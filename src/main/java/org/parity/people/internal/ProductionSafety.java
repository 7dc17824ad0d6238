package org.parity.people.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parity.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The prod profile refuses to start with a known default password (Parity's demo password, or a
 * Camunda admin password like "demo"), with demo users switched on, or without a first admin; it
 * creates the first admin from the environment when there is none.
 */
@Component
@Profile("prod")
@Order(0)
public class ProductionSafety implements ApplicationRunner {

    static final Set<String> KNOWN_DEFAULTS =
            Set.of("parity-demo", "demo", "admin", "password", "camunda", "changeme", "change-me");

    private static final Logger log = LoggerFactory.getLogger(ProductionSafety.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final String adminUsername;
    private final String adminPassword;
    private final String camundaAdminPassword;
    private final boolean demoUsers;

    ProductionSafety(
            AppUserRepository users,
            PasswordEncoder encoder,
            @Value("${parity.admin.username:}") String adminUsername,
            @Value("${parity.admin.password:}") String adminPassword,
            @Value("${camunda.bpm.admin-user.password:}") String camundaAdminPassword,
            @Value("${parity.seed.demo-users:false}") boolean demoUsers) {
        this.users = users;
        this.encoder = encoder;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.camundaAdminPassword = camundaAdminPassword;
        this.demoUsers = demoUsers;
        List<String> problems = problems(adminUsername, adminPassword, camundaAdminPassword, demoUsers);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Parity refuses to start in the prod profile: " + String.join("; ", problems));
        }
    }

    public static List<String> problems(
            String adminUsername, String adminPassword, String camundaAdminPassword, boolean demoUsers) {
        List<String> problems = new ArrayList<>();
        if (demoUsers) {
            problems.add("demo users are switched on (parity.seed.demo-users)");
        }
        if (adminUsername == null || adminUsername.isBlank()) {
            problems.add("set PARITY_ADMIN_USERNAME for the first administrator");
        }
        problems.addAll(weak("PARITY_ADMIN_PASSWORD", adminPassword));
        problems.addAll(weak("CAMUNDA_ADMIN_PASSWORD", camundaAdminPassword));
        return problems;
    }

    private static List<String> weak(String name, String password) {
        if (password == null || password.isBlank()) {
            return List.of(name + " is not set");
        }
        if (KNOWN_DEFAULTS.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return List.of(name + " is a known default password");
        }
        if (password.length() < 12) {
            return List.of(name + " must be at least 12 characters");
        }
        return List.of();
    }

    /**
     * Creates the first admin unless one exists. Several nodes may start together: each looks, and all but
     * one lose the race on the unique username; a loser that then finds the admin carries on starting.
     */
    @Override
    public void run(ApplicationArguments args) {
        if (users.existsByUsername(adminUsername)) {
            return;
        }
        try {
            users.saveAndFlush(new AppUser(
                    adminUsername,
                    encoder.encode(adminPassword),
                    "Administrator",
                    null,
                    null,
                    EnumSet.of(Role.ADMIN),
                    false));
            log.info("Created the first administrator '{}' from the environment", adminUsername);
        } catch (DataIntegrityViolationException raced) {
            if (!users.existsByUsername(adminUsername)) {
                throw raced;
            }
            log.info("The first administrator '{}' was created by another node", adminUsername);
        }
    }
}
