package org.parity.plan.web;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import org.parity.plan.ActionFields;
import org.parity.plan.MilestoneFields;
import org.parity.plan.PlanFields;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.plan.ThemeFields;
import org.springframework.validation.BindingResult;

/**
 * The editor's forms: the fields with their constraints, and the version the form was loaded at. They
 * are kept exactly as typed when they come back with errors, each message a key of messages.properties.
 */
final class EditorForms {

    static final String STALE = "editor.error.stale";

    /** Never bound from a request: the path, the plan or action the fields are checked against. */
    static final String[] NOT_TYPED = {"id", "planId", "actionId"};

    private EditorForms() {}

    static void rejectStale(BindingResult result) {
        result.reject(STALE, STALE);
    }

    /** A plan: the standard is chosen once, when the plan is created. */
    public static class PlanForm extends PlanFields {
        private long version;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** A theme: its title. */
    public static class ThemeForm extends ThemeFields {
        private long version;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** An action of a plan; success measures and stakeholders one per line. */
    public static class ActionForm extends ActionFields {
        private long version;

        ActionForm(Long planId) {
            super(planId);
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        /** Shows a stored action, for editing. */
        void show(ActionDetail action) {
            setThemeId(action.themeId());
            setTitle(action.title());
            setRationale(action.rationale());
            setLead(action.lead());
            setSponsor(action.sponsor());
            setTimescale(action.timescale());
            setSuccessMeasures(String.join("\n", action.successMeasures()));
            setStakeholders(String.join("\n", action.stakeholders()));
            setIndicators(new LinkedHashSet<>(action.indicators()));
            setHighImpactActions(new LinkedHashSet<>(
                    action.highImpactActions().stream().map(h -> h.code()).toList()));
            version = action.version();
        }
    }

    /** A milestone of an action: the due date in three boxes, the figures as typed. */
    public static class MilestoneForm extends MilestoneFields {
        private long version;

        MilestoneForm(Long actionId) {
            super(actionId);
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        /** Shows a stored milestone, for editing. */
        void show(MilestoneView m, long version) {
            this.version = version;
            setTitle(m.title());
            if (m.due() != null) {
                setDueDay(String.valueOf(m.due().getDayOfMonth()));
                setDueMonth(String.valueOf(m.due().getMonthValue()));
                setDueYear(String.valueOf(m.due().getYear()));
            }
            setIndicator(m.indicator());
            setGroup(m.group());
            setBaseline(plain(m.baseline()));
            setBaselinePeriod(m.baselinePeriod());
            setTarget(plain(m.target()));
            setTargetPeriod(m.targetPeriod());
        }

        private static String plain(Double value) {
            return value == null
                    ? null
                    : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
