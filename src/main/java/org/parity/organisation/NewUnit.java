package org.parity.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parity.organisation.validation.UnitName;

/**
 * A unit as the EDI team types it (the page's form and the API's body): a short code (lower case
 * letters, digits and hyphens, used in filters and imports: {@code unit=east-kent}), a name and its kind.
 */
public class NewUnit {

    @NotBlank(message = "{unit.error.code.required}")
    @Size(max = 60, message = "{unit.error.code.size}")
    @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{unit.error.code.pattern}")
    private String code;

    @NotBlank(message = "{unit.error.name.required}")
    @UnitName
    private String name;

    @NotNull(message = "{unit.error.kind.required}")
    private UnitKind kind;

    public NewUnit() {}

    public NewUnit(String code, String name, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }
}
