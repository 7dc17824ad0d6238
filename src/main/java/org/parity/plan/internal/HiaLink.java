package org.parity.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * An action's link to a high impact action. {@code inferred}: Parity made it (from the indicators the
 * action is meant to move) and no document or person has said so; {@code reason} says why.
 */
@Embeddable
public class HiaLink {

    @Column(name = "hia_code")
    private String hiaCode;

    private boolean inferred;

    private String reason;

    protected HiaLink() {}

    public HiaLink(String hiaCode, boolean inferred, String reason) {
        this.hiaCode = hiaCode;
        this.inferred = inferred;
        this.reason = reason;
    }

    public String getHiaCode() {
        return hiaCode;
    }

    public boolean isInferred() {
        return inferred;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HiaLink other && Objects.equals(hiaCode, other.hiaCode);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(hiaCode);
    }
}
