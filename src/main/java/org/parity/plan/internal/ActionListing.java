package org.parity.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One place where a plan prints an action. An action serving several indicators is one action
 * with several listings; a listing repeated under the same theme is marked as a duplicate.
 */
@Entity
@Table(name = "action_listing")
public class ActionListing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id")
    private Long actionId;

    @Column(name = "theme_id")
    private Long themeId;

    private int position;

    private boolean duplicate;

    protected ActionListing() {}

    public ActionListing(Long actionId, Long themeId, int position, boolean duplicate) {
        this.actionId = actionId;
        this.themeId = themeId;
        this.position = position;
        this.duplicate = duplicate;
    }

    public Long getId() {
        return id;
    }

    public Long getActionId() {
        return actionId;
    }

    public Long getThemeId() {
        return themeId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isDuplicate() {
        return duplicate;
    }
}
