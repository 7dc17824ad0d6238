package org.parity.people.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.parity.people.Caller;
import org.parity.people.Role;

/** A person who signs in to Parity: belongs to one organisation, or (ICS role) to one system. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "organisation_code")
    private String organisationCode;

    @Column(name = "system_code")
    private String systemCode;

    private boolean enabled;

    private boolean demo;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Lower case, or null; a verified e-mail claim from an OpenID provider matches it. */
    private String email;

    /** Created by single sign-on and not yet approved by an admin: no roles, no organisation. */
    private boolean pending;

    protected AppUser() {}

    public AppUser(
            String username,
            String passwordHash,
            String displayName,
            String organisationCode,
            String systemCode,
            Set<Role> roles,
            boolean demo) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.organisationCode = organisationCode;
        this.systemCode = systemCode;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = true;
        this.demo = demo;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getSystemCode() {
        return systemCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void recordFailedLogin(int maxFailures, Instant lockUntil) {
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = lockUntil;
            failedAttempts = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
        lockedUntil = null;
        failedAttempts = 0;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
    }

    public void assign(String displayName, String organisationCode, String systemCode, Set<Role> newRoles) {
        this.displayName = displayName;
        this.organisationCode = organisationCode;
        this.systemCode = systemCode;
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    /** Someone an OpenID provider knows and Parity does not: waits for an admin, holding nothing. */
    public static AppUser pending(String username, String unusablePasswordHash, String displayName, String email) {
        AppUser user = new AppUser(username, unusablePasswordHash, displayName, null, null, Set.of(), false);
        user.email = email;
        user.pending = true;
        return user;
    }

    public String getEmail() {
        return email;
    }

    public void changeEmail(String email) {
        this.email = email;
    }

    public boolean isPending() {
        return pending;
    }

    /** An admin chose this person's organisation and roles: they may now use Parity. */
    public void approve() {
        pending = false;
    }

    public long getVersion() {
        return version;
    }

    public Caller toCaller() {
        return new Caller(username, displayName, roles, organisationCode, systemCode);
    }
}
