package org.parity.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parity.people.Role;

/** A value of a provider's groups claim that gives a role in one organisation, as an admin set it. */
@Entity
@Table(name = "sso_role_mapping")
public class SsoRoleMappingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String provider;

    @Column(name = "claim_value", nullable = false)
    private String claimValue;

    @Column(name = "organisation_code", nullable = false)
    private String organisationCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected SsoRoleMappingEntity() {}

    public SsoRoleMappingEntity(String provider, String claimValue, String organisationCode, Role role, String by) {
        this.provider = provider;
        this.claimValue = claimValue;
        this.organisationCode = organisationCode;
        this.role = role;
        this.createdBy = by;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getProvider() {
        return provider;
    }

    public String getClaimValue() {
        return claimValue;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public Role getRole() {
        return role;
    }
}
