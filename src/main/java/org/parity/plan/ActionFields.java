package org.parity.plan;

import jakarta.validation.groups.Default;
import java.util.LinkedHashSet;
import java.util.Set;
import org.parity.plan.validation.ChosenInOrganisation;
import org.parity.plan.validation.EditorText;
import org.parity.plan.validation.ThemeOfPlan;

/**
 * An action as typed, measures and stakeholders one per line, checked against its plan: the plan's
 * themes, and the people and indicators of the plan's organisation. The plan is given by whoever makes
 * the fields, never typed. A new action ({@link New}) needs a theme of the plan besides the rest.
 */
@ChosenInOrganisation
@ThemeOfPlan(groups = ActionFields.New.class)
public class ActionFields {

    /** Validation group: a new action. */
    public interface New extends Default {}

    private final Long planId;
    private final String organisation;
    private Long themeId;

    @EditorText(max = 2000, required = "{editor.error.required.title}")
    private String title;

    @EditorText(max = 4000, multiLine = true)
    private String rationale;

    private String lead;
    private String sponsor;

    @EditorText(max = 1000)
    private String timescale;

    @EditorText(max = 4000, multiLine = true)
    private String successMeasures;

    @EditorText(max = 2000, multiLine = true)
    private String stakeholders;

    private Set<String> indicators = new LinkedHashSet<>();

    /** The high impact actions (HIA1 to HIA6) the action serves. */
    @org.parity.plan.validation.KnownHighImpactActions
    private Set<String> highImpactActions = new LinkedHashSet<>();

    /** Fields of an action of this plan. */
    public ActionFields(Long planId) {
        this(planId, null);
    }

    private ActionFields(Long planId, String organisation) {
        this.planId = planId;
        this.organisation = organisation;
    }

    /**
     * Fields of an action read from an imported file, for a plan that does not exist yet: checked
     * against this organisation's people and indicators. A lead and a sponsor are required, as in the
     * editor: the action's process opens its first task for the lead at once.
     */
    public static ActionFields imported(String organisation) {
        return new ActionFields(null, organisation);
    }

    /** The organisation the fields are checked against when they belong to no plan yet, else null. */
    public String getOrganisation() {
        return organisation;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getSponsor() {
        return sponsor;
    }

    public void setSponsor(String sponsor) {
        this.sponsor = sponsor;
    }

    public String getTimescale() {
        return timescale;
    }

    public void setTimescale(String timescale) {
        this.timescale = timescale;
    }

    public String getSuccessMeasures() {
        return successMeasures;
    }

    public void setSuccessMeasures(String successMeasures) {
        this.successMeasures = successMeasures;
    }

    public String getStakeholders() {
        return stakeholders;
    }

    public void setStakeholders(String stakeholders) {
        this.stakeholders = stakeholders;
    }

    public Set<String> getHighImpactActions() {
        return highImpactActions;
    }

    public void setHighImpactActions(Set<String> highImpactActions) {
        this.highImpactActions = highImpactActions == null ? new LinkedHashSet<>() : highImpactActions;
    }

    public Set<String> getIndicators() {
        return indicators;
    }

    public void setIndicators(Set<String> indicators) {
        this.indicators = indicators == null ? new LinkedHashSet<>() : indicators;
    }
}
