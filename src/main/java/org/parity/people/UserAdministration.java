package org.parity.people;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.parity.audit.AuditLog;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.common.NotFoundException;
import org.parity.common.RowError;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What admins do to users: create, assign roles and organisation, disable (which ends the user's
 * sessions at once), enable, reset a password. Every change is audited. What is typed is checked by
 * the form's constraints ({@link AccountForm}) before any method here runs, so bad input throws a
 * ConstraintViolationException and changes nothing. That organisation and system codes exist is a
 * rule of the caller's form (the admin module's), as this module does not read organisations.
 */
@Service
@Validated
public class UserAdministration {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final Validator validator;
    private final SessionRegistry sessions;
    private final AuditLog audit;

    UserAdministration(
            AppUserRepository users,
            PasswordEncoder encoder,
            Validator validator,
            SessionRegistry sessions,
            AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.validator = validator;
        this.sessions = sessions;
        this.audit = audit;
    }

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
    @Validated(AccountForm.NewUser.class)
    public UserAccount create(@Valid AccountForm form, Caller admin) {
        AppUser user = users.save(new AppUser(
                form.getUsername(),
                encoder.encode(form.getPassword()),
                form.getDisplayName(),
                blankToNull(form.getOrganisationCode()),
                blankToNull(form.getSystemCode()),
                form.getRoles(),
                false));
        user.changeEmail(email(form, user));
        audit.record(AuditLog.Entry.of(
                        admin.username(), user.getOrganisationCode(), "USER", user.getUsername(), "USER_CREATED")
                .states(null, "ENABLED")
                .detail("roles " + user.getRoles()));
        return People.view(user);
    }

    /**
     * Name, e-mail, roles, organisation and system of a user; the username and password stay as they are.
     * A pending user (created by single sign-on) is approved by this: from their next sign-in they hold
     * the organisation and roles chosen here.
     */
    @Transactional
    public void update(Long id, long version, @Valid AccountForm form, Caller admin) {
        AppUser user = current(id, version);
        String before = user.getRoles() + " " + user.getOrganisationCode();
        user.assign(
                form.getDisplayName(),
                blankToNull(form.getOrganisationCode()),
                blankToNull(form.getSystemCode()),
                form.getRoles());
        user.changeEmail(email(form, user));
        if (user.isPending()) {
            user.approve();
            audit.record(AuditLog.Entry.of(
                            admin.username(), user.getOrganisationCode(), "USER", user.getUsername(), "USER_APPROVED")
                    .states("PENDING", "APPROVED")
                    .detail("roles " + user.getRoles() + " " + user.getOrganisationCode()));
        }
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
        AccountForm change = new AccountForm();
        change.setUsername(user.getUsername());
        change.setPassword(password);
        Set<ConstraintViolation<AccountForm>> problems = validator.validate(change, AccountForm.NewPassword.class);
        if (!problems.isEmpty()) {
            throw new ConstraintViolationException(problems);
        }
        user.changePassword(encoder.encode(password));
        audit.record(AuditLog.Entry.of(
                admin.username(), user.getOrganisationCode(), "USER", user.getUsername(), "PASSWORD_RESET"));
        endSessions(user.getUsername());
    }

    /** Ends every session of this user now; their next request must sign in again. */
    public int endSessions(String username) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            String name = principal instanceof UserDetails details
                    ? details.getUsername()
                    : principal instanceof AuthenticatedPrincipal signedIn ? signedIn.getName() : null;
            if (username.equals(name)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    /** True when another account (not the one with this id; null: any) has this e-mail address. */
    @Transactional(readOnly = true)
    public boolean emailTaken(String email, Long id) {
        String normalised = normalisedEmail(email);
        return normalised != null
                && users.findByEmail(normalised)
                        .filter(u -> !u.getId().equals(id))
                        .isPresent();
    }

    private String email(AccountForm form, AppUser user) {
        String email = normalisedEmail(form.getEmail());
        if (email != null
                && users.findByEmail(email).filter(other -> other != user).isPresent()) {
            throw new ConflictException("Another user already has the e-mail address " + email);
        }
        return email;
    }

    static String normalisedEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private AppUser current(Long id, long version) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        if (user.getVersion() != version) {
            throw new ConflictException("Someone else changed this user since you loaded it. Reload and try again.");
        }
        return user;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
