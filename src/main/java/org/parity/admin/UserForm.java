package org.parity.admin;

import java.util.EnumSet;
import java.util.Set;
import org.parity.people.Role;
import org.parity.people.UserAdministration;

/** The user form as typed; kept as typed when it comes back with errors. */
public class UserForm {

    private String username;
    private String displayName;
    private String organisationCode;
    private String systemCode;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String password;
    private long version;

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
            roles.stream().filter(java.util.Objects::nonNull).forEach(this.roles::add);
        }
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    UserAdministration.UserForm toCommand() {
        return new UserAdministration.UserForm(username, displayName, organisationCode, systemCode, roles, password);
    }
}
