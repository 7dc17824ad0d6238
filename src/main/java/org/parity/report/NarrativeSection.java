package org.parity.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.plan.PlanSnapshots.ActionFact;
import org.parity.progress.ProgressUpdate;
import org.parity.report.BoardReport.NarrativeEntry;

/**
 * The report's narrative: the sponsor-approved progress updates of the actions in scope, decided by
 * the end of the report's date, that say something.
 */
final class NarrativeSection {

    private final Instant endOfAsOf;
    private final ZoneId zone;

    NarrativeSection(LocalDate asOf, ZoneId zone) {
        this.endOfAsOf = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        this.zone = zone;
    }

    /** {@code approved} in the order given; updates of actions outside {@code actions} are left out. */
    List<NarrativeEntry> entries(List<ProgressUpdate> approved, List<ActionFact> actions) {
        Map<Long, String> actionTitles = new HashMap<>();
        actions.forEach(a -> actionTitles.put(a.id(), a.title()));
        return approved.stream()
                .filter(u -> actionTitles.containsKey(u.actionId()))
                .filter(u -> decided(u).isBefore(endOfAsOf))
                .filter(u -> u.narrative() != null && !u.narrative().isBlank())
                .map(u -> entry(u, actionTitles.get(u.actionId())))
                .toList();
    }

    private NarrativeEntry entry(ProgressUpdate u, String actionTitle) {
        return new NarrativeEntry(
                u.actionId(),
                actionTitle,
                LocalDate.ofInstant(decided(u), zone),
                u.author(),
                u.rag() == null ? null : u.rag().name(),
                u.percentComplete(),
                u.narrative(),
                u.sourceDocument());
    }

    /** When the sponsor approved it; a published update imported as approved has its submission time only. */
    private static Instant decided(ProgressUpdate u) {
        return u.decidedAt() != null ? u.decidedAt() : u.submittedAt();
    }
}
