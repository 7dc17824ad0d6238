package org.parity.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An NHS trust: the tenant that owns plans, actions and figures. */
@Entity(name = "Organisation")
@Table(name = "organisation")
public class OrganisationEntity {

    @Id
    private String code;

    private String name;

    @Column(name = "short_name")
    private String shortName;

    private String aliases;

    @Column(name = "system_code")
    private String systemCode;

    protected OrganisationEntity() {}

    public OrganisationEntity(String code, String name, String shortName, String aliases, String systemCode) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.aliases = aliases;
        this.systemCode = systemCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getAliases() {
        return aliases;
    }

    public String getSystemCode() {
        return systemCode;
    }
}
