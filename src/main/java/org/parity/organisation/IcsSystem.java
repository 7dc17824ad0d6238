package org.parity.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An integrated care system: the organisations of one area, compared side by side. */
@Entity
@Table(name = "ics_system")
public class IcsSystem {

    @Id
    private String code;

    private String name;

    protected IcsSystem() {}

    public IcsSystem(String code, String name) {
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
