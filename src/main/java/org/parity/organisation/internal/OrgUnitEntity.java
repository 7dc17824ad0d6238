package org.parity.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A care group, directorate or site: an optional dimension of actions and figures. */
@Entity(name = "OrgUnit")
@Table(name = "org_unit")
public class OrgUnitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_code")
    private String organisationCode;

    private String code;

    private String name;

    private String kind;

    protected OrgUnitEntity() {}

    public OrgUnitEntity(String organisationCode, String code, String name, String kind) {
        this.organisationCode = organisationCode;
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public void rename(String name) {
        this.name = name;
    }
}
