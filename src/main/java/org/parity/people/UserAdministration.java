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
import org.parity.people.internal.SharedSessions;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;

/**
 * What admins do to users: create, assign roles and organisation, disable, enable, reset a password.
 * Changing roles or organisation, disabling and resetting the password end every session of that person on
 * every node (sessions are rows in the shared database) once the change is committed. Every change is audited. What is typed is checked by
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
    private final SharedSessions sessions;
    private final AuditLog audit;

    UserAdministration(
            AppUserRepository users,
            PasswordEncoder encoder,
            Validator validator,
            SharedSessions sessions,
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
        endSessionsOnCommit(user.getUsername()); // new roles take effect at the next sign-in
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
        endSessionsOnCommit(user.getUsername());
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
        endSessionsOnCommit(user.getUsername());
    }

    /** Ends every session of this user now, on every node; their next request must sign in again. */
    public int endSessions(String username) {
        return sessions.endAll(username);
    }

    /**
     * Ends the user's sessions once the change is committed (at once outside a transaction): a sign-in between
     * the two could otherwise still read the old roles, and a change that rolls back ends nothing.
     */
    private void endSessionsOnCommit(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            endSessions(username);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                endSessions(username);
            }
        });
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
