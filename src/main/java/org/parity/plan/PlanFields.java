package org.parity.plan;

import jakarta.validation.groups.Default;
import java.util.Locale;
import org.parity.plan.validation.EditorText;
import org.parity.plan.validation.KnownStandard;

/** A plan as typed. The standard is chosen once, when the plan is created ({@link New}). */
public class PlanFields {

    /** Validation group: a new plan, which needs its standard besides the rest. */
    public interface New extends Default {}

    @EditorText(max = 500, required = "{editor.error.required.title}")
    private String title;

    @KnownStandard(groups = New.class)
    private String standard;

    @EditorText(max = 60, required = "{editor.error.required.period}")
    private String period;

    @EditorText(max = 4000, multiLine = true)
    private String description;

    /** A standard as stored: stripped, upper case; "" for none. */
    public static String standardCode(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStandard() {
        return standard;
    }

    public void setStandard(String standard) {
        this.standard = standard;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
