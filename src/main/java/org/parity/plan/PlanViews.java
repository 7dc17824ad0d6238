package org.parity.plan;

import java.time.LocalDate;
import java.util.List;
import org.parity.common.Flag;
import org.parity.plan.internal.Milestone;
import org.parity.progress.Rag;

/** What the plan module shows: read-only views for pages and the API. */
public final class PlanViews {

    private PlanViews() {}

    public record PlanSummary(
            Long id, String key, String organisation, String title, String standard, String period, long actions) {}

    public record PlanDetail(
            Long id,
            String key,
            String title,
            String organisation,
            String standard,
            String period,
            String description,
            List<String> sources,
            List<Flag> flags,
            List<ThemeView> themes) {}

    public record ThemeView(
            Long id,
            String title,
            String description,
            List<String> objectives,
            List<String> successMeasures,
            String timescale,
            String progress,
            List<ListedAction> actions) {}

    public record ListedAction(
            Long id, String title, ActionStatus status, Rag rag, boolean duplicate, boolean listedElsewhere) {}

    public record ActionSummary(
            Long id,
            String title,
            Long planId,
            String plan,
            String organisation,
            ActionStatus status,
            Rag rag,
            String standard,
            String lead) {}

    public record ActionDetail(
            Long id,
            String key,
            String title,
            Long planId,
            String plan,
            String organisation,
            Long themeId,
            String theme,
            String rationale,
            String leadRole,
            String lead,
            String sponsorRole,
            String sponsor,
            List<String> stakeholders,
            ActionStatus status,
            Rag rag,
            Integer percentComplete,
            LocalDate start,
            LocalDate due,
            ReviewCadence reviewCadence,
            String timescale,
            List<String> successMeasures,
            List<String> indicators,
            List<MilestoneView> milestones,
            List<String> listedUnder,
            String unit,
            String withdrawnReason,
            List<Flag> flags,
            List<ActionHia> highImpactActions,
            long version) {}

    public record MilestoneView(
            Long id,
            String title,
            LocalDate due,
            String indicator,
            String group,
            String breakdown,
            Double baseline,
            String baselinePeriod,
            Double target,
            String targetPeriod,
            MilestoneStatus status) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(
                    m.getId(),
                    m.getTitle(),
                    m.getDue(),
                    m.getIndicatorCode(),
                    m.getGroupCode(),
                    m.getBreakdown(),
                    m.getBaseline(),
                    m.getBaselinePeriod(),
                    m.getTarget(),
                    m.getTargetPeriod(),
                    m.getStatus());
        }
    }

    /** An action as a worklist or dashboard row shows it; offTrack when a linked milestone is off track or missed. */
    public record ActionLine(
            Long id,
            String title,
            Long planId,
            String plan,
            String organisation,
            ActionStatus status,
            Rag rag,
            Integer percentComplete,
            LocalDate due,
            String lead,
            String sponsor,
            boolean milestoneOffTrack) {}

    /** A milestone off track or missed, with its action. */
    public record MilestoneOfAction(Long actionId, String actionTitle, MilestoneView milestone) {}
}
