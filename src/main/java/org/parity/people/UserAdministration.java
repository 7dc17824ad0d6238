package org.parity.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parity.audit.AuditLog;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.common.NotFoundException;
import org.parity.common.RowError;
import org.parity.common.TextRules;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to users: create, assign roles and organisation, disable (which ends the user's
 * sessions at once), enable, reset a password. Every change is audited. Organisation and system
 * codes are checked by the caller of this service against the organisation module.
 */
@Service
public class UserAdministration {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SessionRegistry sessions;
    private final AuditLog audit;

    UserAdministration(
            AppUserRepository users,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            SessionRegistry sessions,
            AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** A new user or changes to one, as an admin entered them. */
    public record UserForm(
            String username,
            String displayName,
            String organisationCode,
            String systemCode,
            Set<Role> roles,
            String password) {}

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(People::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public UserAccount get(Long id) {
        return users.findById(id).map(People::view).orElseThrow(() -> new NotFoundException("user " + id));
    }

    @Transactional
    public UserAccount create(UserForm form, Caller admin) {
        List<RowError> errors = new ArrayList<>(check(form));
        if (form.username() == null || !form.username().matches("[A-Za-z0-9._@-]{3,120}")) {
            errors.add(new RowError(0, "username", "Enter a username of 3 to 120 letters, digits, dots, dashes or @"));
        } else if (users.existsByUsername(form.username())) {
            errors.add(new RowError(0, "username", "A user with this username already exists"));
        }
        policy.problem(form.password(), form.username()).ifPresent(p -> errors.add(new RowError(0, "password", p)));
        if (!errors.isEmpty()) {
            throw new BadInputException("The user was not created", errors);
        }
        AppUser user = users.save(new AppUser(
                form.username(),
                encoder.encode(form.password()),
                form.displayName(),
                blankToNull(form.organisationCode()),
                blankToNull(form.systemCode()),
                form.roles(),
                false));
        audit.record(AuditLog.Entry.of(
                        admin.username(), user.getOrganisationCode(), "USER", user.getUsername(), "USER_CREATED")
                .states(null, "ENABLED")
                .detail("roles " + user.getRoles()));
        return People.view(user);
    }

    @Transactional
    public void update(Long id, long version, UserForm form, Caller admin) {
        AppUser user = current(id, version);
        List<RowError> errors = check(form);
        if (!errors.isEmpty()) {
            throw new BadInputException("The user was not changed", errors);
        }
        String before = user.getRoles() + " " + user.getOrganisationCode();
        user.assign(
                form.displayName(), blankToNull(form.organisationCode()), blankToNull(form.systemCode()), form.roles());
        audit.record(AuditLog.Entry.of(
                        admin.username(), user.getOrganisationCode(), "USER", user.getUsername(), "USER_CHANGED")
                .detail(before + " -> " + user.getRoles() + " " + user.getOrganisationCode()));
        endSessions(user.getUsername()); // new roles take effect at the next sign-in
    }

    @Transactional
    public void disable(Long id, long version, Caller admin) {
        AppUser user = current(id, version);
        if (user.getUsername().equals(admin.username())) {
            throw new BadInputException(
                    "You cannot disable yourself",
                    List.of(new RowError(0, "enabled", "Ask another administrator to disable your account")));
        }
        user.disable();
        audit.record(AuditLog.Entry.of(
                        admin.username(), user.getOrganisationCode(), "USER", user.getUsername(), "USER_DISABLED")
                .states("ENABLED", "DISABLED"));
        endSessions(user.getUsername());
    }

    @Transactional
    public void enable(Long id, long version, Caller admin) {
        AppUser user = current(id, version);
        user.enable();
        audit.record(AuditLog.Entry.of(
                        admin.username(), user.getOrganisationCode(), "USER", user.getUsername(), "USER_ENABLED")
                .states("DISABLED", "ENABLED"));
    }

    @Transactional
    public void resetPassword(Long id, long version, String password, Caller admin) {
        AppUser user = current(id, version);
        policy.problem(password, user.getUsername()).ifPresent(p -> {
            throw new BadInputException("The password was not changed", List.of(new RowError(0, "password", p)));
        });
        user.changePassword(encoder.encode(password));
        audit.record(AuditLog.Entry.of(
                admin.username(), user.getOrganisationCode(), "USER", user.getUsername(), "PASSWORD_RESET"));
        endSessions(user.getUsername());
    }

    /** Ends every session of this user now; their next request must sign in again. */
    public int endSessions(String username) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails details
                    && details.getUsername().equals(username)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    private AppUser current(Long id, long version) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        if (user.getVersion() != version) {
            throw new ConflictException("Someone else changed this user since you loaded it. Reload and try again.");
        }
        return user;
    }

    private static List<RowError> check(UserForm form) {
        List<RowError> errors = new ArrayList<>();
        if (form.displayName() == null || form.displayName().isBlank()) {
            errors.add(new RowError(0, "displayName", "Enter the person's name"));
        } else {
            TextRules.problem("The name", form.displayName(), 200, false)
                    .ifPresent(p -> errors.add(new RowError(0, "displayName", p)));
        }
        Set<Role> roles = form.roles() == null ? EnumSet.noneOf(Role.class) : form.roles();
        if (roles.isEmpty()) {
            errors.add(new RowError(0, "roles", "Choose at least one role"));
        }
        boolean ics = roles.contains(Role.ICS);
        if (ics && blankToNull(form.systemCode()) == null) {
            errors.add(new RowError(0, "systemCode", "Choose the integrated care system an ICS user reads"));
        }
        boolean needsOrganisation = roles.stream().anyMatch(r -> r != Role.ADMIN && r != Role.ICS);
        if (needsOrganisation && blankToNull(form.organisationCode()) == null) {
            errors.add(new RowError(0, "organisationCode", "Choose the organisation this person works for"));
        }
        return errors;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
