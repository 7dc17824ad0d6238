package org.parity.plan.web;

import java.util.LinkedHashSet;
import java.util.Set;
import org.parity.common.BadInputException;
import org.parity.plan.PlanEditor.ActionFields;
import org.parity.plan.PlanEditor.MilestoneFields;
import org.parity.plan.PlanEditor.PlanFields;
import org.springframework.validation.BindingResult;

/**
 * The editor's forms, kept exactly as typed when they come back with errors, and how the editor's
 * refusals become errors on them (each message is a key of messages.properties).
 */
final class EditorForms {

    static final String STALE = "editor.error.stale";

    private EditorForms() {}

    static void reject(BindingResult result, BadInputException e) {
        e.errors().forEach(err -> result.rejectValue(err.field(), err.message(), err.message()));
    }

    static void rejectStale(BindingResult result) {
        result.reject(STALE, STALE);
    }

    /** A plan: the standard is chosen once, when the plan is created. */
    public static class PlanForm {
        private String title;
        private String standard;
        private String period;
        private String description;
        private long version;

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

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        PlanFields fields() {
            return new PlanFields(title, standard, period, description);
        }
    }

    /** A theme: its title. */
    public static class ThemeForm {
        private String title;
        private long version;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** An action; success measures and stakeholders one per line. */
    public static class ActionForm {
        private Long themeId;
        private String title;
        private String rationale;
        private String lead;
        private String sponsor;
        private String timescale;
        private String successMeasures;
        private String stakeholders;
        private Set<String> indicators = new LinkedHashSet<>();
        private long version;

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

        public Set<String> getIndicators() {
            return indicators;
        }

        public void setIndicators(Set<String> indicators) {
            this.indicators = indicators == null ? new LinkedHashSet<>() : indicators;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        ActionFields fields() {
            return new ActionFields(
                    themeId, title, rationale, lead, sponsor, timescale, successMeasures, stakeholders, indicators);
        }
    }

    /** A milestone: the due date in three boxes, the figures as typed. */
    public static class MilestoneForm {
        private long version;
        private String title;
        private String dueDay;
        private String dueMonth;
        private String dueYear;
        private String indicator;
        private String group;
        private String baseline;
        private String baselinePeriod;
        private String target;
        private String targetPeriod;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
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

        MilestoneFields fields() {
            return new MilestoneFields(
                    title, dueDay, dueMonth, dueYear, indicator, group, baseline, baselinePeriod, target, targetPeriod);
        }

        /** The form filled from a stored milestone, for editing. */
        static MilestoneForm of(org.parity.plan.PlanViews.MilestoneView m, long version) {
            MilestoneForm f = new MilestoneForm();
            f.version = version;
            f.title = m.title();
            if (m.due() != null) {
                f.dueDay = String.valueOf(m.due().getDayOfMonth());
                f.dueMonth = String.valueOf(m.due().getMonthValue());
                f.dueYear = String.valueOf(m.due().getYear());
            }
            f.indicator = m.indicator();
            f.group = m.group();
            f.baseline = m.baseline() == null
                    ? null
                    : java.math.BigDecimal.valueOf(m.baseline())
                            .stripTrailingZeros()
                            .toPlainString();
            f.baselinePeriod = m.baselinePeriod();
            f.target = m.target() == null
                    ? null
                    : java.math.BigDecimal.valueOf(m.target())
                            .stripTrailingZeros()
                            .toPlainString();
            f.targetPeriod = m.targetPeriod();
            return f;
        }
    }
}
