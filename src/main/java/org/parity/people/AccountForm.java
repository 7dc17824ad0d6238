package org.parity.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.parity.people.validation.AcceptablePassword;
import org.parity.people.validation.PlacedForRoles;
import org.parity.people.validation.TextLine;
import org.parity.people.validation.UniqueUsername;

/**
 * A user as an admin enters them, with its rules. The default group holds what every change checks
 * (a name, roles, the organisation or system the roles need); {@link NewPassword} the password;
 * {@link NewUser} everything a new user needs (a free username and a password besides the default).
 */
@PlacedForRoles
@AcceptablePassword(groups = AccountForm.NewPassword.class)
public class AccountForm {

    /** Validation group: a password set for someone (a new user's, or a reset). */
    public interface NewPassword {}

    /** Validation group: a new user, checked in full. */
    public interface NewUser extends Default, NewPassword {}

    @NotNull(message = "{user.username.format}", groups = NewUser.class)
    @Pattern(regexp = UniqueUsername.FORMAT, message = "{user.username.format}", groups = NewUser.class)
    @UniqueUsername(groups = NewUser.class)
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @TextLine(label = "The name")
    private String displayName;

    /** Optional: a verified e-mail claim from an OpenID provider with this address signs in as this person. */
    @Email(message = "{user.email.format}")
    @Size(max = 254, message = "{user.email.format}")
    private String email;

    private String organisationCode;
    private String systemCode;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public String getSystemCode() {
        return systemCode;
    }

    public void setSystemCode(String systemCode) {
        this.systemCode = systemCode;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    /** A value that names no role (blank, or a control character) binds as null: it is left out, not stored. */
    public void setRoles(Set<Role> roles) {
        this.roles = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(Objects::nonNull).forEach(this.roles::add);
        }
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Shows a stored user in the form, for changing. */
    public void show(UserAccount user) {
        username = user.username();
        displayName = user.displayName();
        email = user.email();
        organisationCode = user.organisationCode();
        systemCode = user.systemCode();
        setRoles(user.roles());
    }
}
