package org.parity.organisation;

import jakarta.validation.constraints.NotBlank;
import org.parity.organisation.validation.UnitName;

/** A unit's new name (the page's form and the API's body); its code stays (filters, imports and bookmarks use it). */
public class UnitRename {

    @NotBlank(message = "{unit.error.name.required}")
    @UnitName
    private String name;

    public UnitRename() {}

    public UnitRename(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
