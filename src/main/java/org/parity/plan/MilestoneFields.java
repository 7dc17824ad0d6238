package org.parity.plan;

import java.time.LocalDate;
import org.parity.common.Numbers;
import org.parity.indicator.Period;
import org.parity.plan.validation.DecimalNumber;
import org.parity.plan.validation.DueDate;
import org.parity.plan.validation.EditorText;
import org.parity.plan.validation.MeasuredOn;
import org.parity.plan.validation.PeriodCode;

/**
 * A milestone as typed, checked against its action (the indicators the action's organisation sees): the
 * due date in three boxes, the figures as text. The action is given by whoever makes the fields, never
 * typed. What the text means (the date, the numbers, the periods) is read here, once, for the
 * constraints and the editor alike.
 */
@DueDate
@MeasuredOn
public class MilestoneFields {

    private final Long actionId;
    private final String organisation;

    @EditorText(max = 1000, required = "{editor.error.required.title}")
    private String title;

    private String dueDay;
    private String dueMonth;
    private String dueYear;
    private String indicator;

    @EditorText(max = 60)
    private String group;

    @DecimalNumber(message = "{editor.error.baseline.number}")
    private String baseline;

    @PeriodCode
    private String baselinePeriod;

    @DecimalNumber(message = "{editor.error.target.number}")
    private String target;

    @PeriodCode
    private String targetPeriod;

    /** Fields of a milestone of this action. */
    public MilestoneFields(Long actionId) {
        this(actionId, null);
    }

    private MilestoneFields(Long actionId, String organisation) {
        this.actionId = actionId;
        this.organisation = organisation;
    }

    /** Fields of a milestone read from an imported file, of an action not stored yet of this organisation. */
    public static MilestoneFields imported(String organisation) {
        return new MilestoneFields(null, organisation);
    }

    /** The organisation the fields are checked against when they belong to no action yet, else null. */
    public String getOrganisation() {
        return organisation;
    }

    /** A period's code (YYYY/YY or YYYY), or null when blank or not a period. */
    public static String period(String text) {
        String value = TypedText.clean(text);
        try {
            return value == null ? null : Period.parse(value).code();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The due date the three boxes spell, or null when they do not spell one. */
    public LocalDate due() {
        var year = Numbers.whole(dueYear, 2000, 2100);
        var month = Numbers.whole(dueMonth, 1, 12);
        var day = Numbers.whole(dueDay, 1, 31);
        if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(
                    year.get().intValue(), month.get().intValue(), day.get().intValue());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    public Double baselineValue() {
        return Numbers.decimal(baseline).orElse(null);
    }

    public Double targetValue() {
        return Numbers.decimal(target).orElse(null);
    }

    public Long getActionId() {
        return actionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDueDay() {
        return dueDay;
    }

    public void setDueDay(String dueDay) {
        this.dueDay = dueDay;
    }

    public String getDueMonth() {
        return dueMonth;
    }

    public void setDueMonth(String dueMonth) {
        this.dueMonth = dueMonth;
    }

    public String getDueYear() {
        return dueYear;
    }

    public void setDueYear(String dueYear) {
        this.dueYear = dueYear;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }

    public String getBaselinePeriod() {
        return baselinePeriod;
    }

    public void setBaselinePeriod(String baselinePeriod) {
        this.baselinePeriod = baselinePeriod;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getTargetPeriod() {
        return targetPeriod;
    }

    public void setTargetPeriod(String targetPeriod) {
        this.targetPeriod = targetPeriod;
    }
}
