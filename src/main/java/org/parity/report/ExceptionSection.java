package org.parity.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parity.plan.ActionStatus;
import org.parity.plan.MilestoneStatus;
import org.parity.plan.PlanSnapshots.ActionFact;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.progress.Rag;
import org.parity.report.BoardReport.ExceptionRow;

/**
 * The report's exceptions: every action a board must hear about, with all its reasons (see
 * {@link ExceptionReason}) and the titles of its off-track and missed milestones.
 */
final class ExceptionSection {

    private final ActionDeadlines deadlines;

    ExceptionSection(ActionDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** {@code lastSubmitted}: each action's latest progress update, by id. */
    List<ExceptionRow> rows(List<ActionFact> actions, Map<Long, Instant> lastSubmitted) {
        return actions.stream()
                .map(a -> exception(a, lastSubmitted.get(a.id())))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<ExceptionRow> exception(ActionFact a, Instant lastSubmitted) {
        List<ExceptionReason> reasons = Arrays.stream(ExceptionReason.values())
                .filter(r -> applies(r, a, lastSubmitted))
                .toList();
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        List<String> milestones = reasons.stream()
                .filter(r -> r.milestoneStatus() != null)
                .flatMap(r -> milestonesWith(a, r.milestoneStatus()).stream())
                .toList();
        return Optional.of(new ExceptionRow(
                a.id(),
                a.title(),
                ActionSection.lead(a),
                ActionSection.sponsor(a),
                a.due(),
                reasons.stream().map(ExceptionReason::name).toList(),
                milestones));
    }

    private boolean applies(ExceptionReason reason, ActionFact a, Instant lastSubmitted) {
        return switch (reason) {
            case UPDATE_OVERDUE -> deadlines.updateOverdue(a, lastSubmitted);
            case MILESTONE_OFF_TRACK, MILESTONE_MISSED ->
                !milestonesWith(a, reason.milestoneStatus()).isEmpty();
            case RED_RAG -> ActionDeadlines.isOpen(a) && a.rag() == Rag.RED;
            case PAST_DUE -> deadlines.pastDue(a);
        };
    }

    /** A withdrawn action's milestones no longer count. */
    private static List<String> milestonesWith(ActionFact a, MilestoneStatus status) {
        if (a.status() == ActionStatus.WITHDRAWN) {
            return List.of();
        }
        return a.milestones().stream()
                .filter(m -> m.status() == status)
                .map(MilestoneView::title)
                .toList();
    }
}
