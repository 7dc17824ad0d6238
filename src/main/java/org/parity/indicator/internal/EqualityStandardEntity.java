package org.parity.indicator.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** WRES, WDES, GPG, or EDI for the wider plans. */
@Entity(name = "EqualityStandard")
@Table(name = "equality_standard")
public class EqualityStandardEntity {

    @Id
    private String code;

    private String title;
    private String description;

    protected EqualityStandardEntity() {}

    public EqualityStandardEntity(String code, String title, String description) {
        this.code = code;
        this.title = title;
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
