package org.parity.organisation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An integrated care system: the organisations of one area, compared side by side. */
@Entity(name = "IcsSystem")
@Table(name = "ics_system")
public class IcsSystemEntity {

    @Id
    private String code;

    private String name;

    protected IcsSystemEntity() {}

    public IcsSystemEntity(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
