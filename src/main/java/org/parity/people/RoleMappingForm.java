package org.parity.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.parity.people.validation.TextLine;

/**
 * A new mapping as an admin enters it. That the provider is configured, the role may be mapped and the
 * mapping is new is checked by {@link SingleSignOn}; that the organisation exists by the admin page.
 */
public class RoleMappingForm {

    @NotBlank(message = "{sso.mapping.provider.required}")
    private String provider;

    @NotBlank(message = "{sso.mapping.claimValue.required}")
    @TextLine(label = "The group", max = 200)
    private String claimValue;

    @NotBlank(message = "{sso.mapping.organisation.required}")
    private String organisationCode;

    @NotNull(message = "{sso.mapping.role.required}")
    private Role role;

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getClaimValue() {
        return claimValue;
    }

    public void setClaimValue(String claimValue) {
        this.claimValue = claimValue;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
