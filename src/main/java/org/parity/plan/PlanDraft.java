package org.parity.plan;

import java.time.LocalDate;
import java.util.List;
import org.parity.common.Flag;

/** A whole plan as it arrives (seed file or import), before it is stored. */
public record PlanDraft(
        String key,
        String organisationCode,
        String standardCode,
        String title,
        String period,
        String description,
        List<String> sources,
        List<Flag> flags,
        List<ThemeDraft> themes) {

    /** A theme with its listings in document order. */
    public record ThemeDraft(
            String title,
            String description,
            List<String> objectives,
            List<String> successMeasures,
            String timescale,
            List<String> indicators,
            String progress,
            List<Item> items) {}

    /** A listing under a theme: a new action, or another listing of one written out earlier. */
    public sealed interface Item permits ActionDraft, SeeAlso {}

    public record SeeAlso(String key, int line) implements Item {}

    public record ActionDraft(
            String key,
            String title,
            String rationale,
            String leadRole,
            String sponsorRole,
            String leadUsername,
            String sponsorUsername,
            List<String> stakeholders,
            String timescale,
            List<String> successMeasures,
            List<String> indicators,
            String unitCode,
            ActionStatus status,
            List<MilestoneDraft> milestones,
            List<Flag> flags,
            int line)
            implements Item {}

    public record MilestoneDraft(
            String title,
            LocalDate due,
            String indicator,
            String group,
            String breakdown,
            Double baseline,
            String baselinePeriod,
            Double target,
            String targetPeriod) {}
}
