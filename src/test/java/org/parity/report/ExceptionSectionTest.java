package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parity.report.ReportSectionsFixtures.action;
import static org.parity.report.ReportSectionsFixtures.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.plan.ActionStatus;
import org.parity.plan.MilestoneStatus;
import org.parity.progress.Rag;
import org.parity.report.BoardReport.ExceptionRow;

/** Which actions a board must hear about, and why: every reason, in a fixed order. */
class ExceptionSectionTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final LocalDate START = LocalDate.of(2024, 4, 1);

    final ExceptionSection section = new ExceptionSection(new ActionDeadlines(AS_OF, ZoneId.of("Europe/London")));

    @Test
    void anActionLateInEveryWayHasEveryReasonInOrderAndItsBadMilestones() {
        var late = action(
                1,
                ActionStatus.IN_PROGRESS,
                Rag.RED,
                START,
                LocalDate.of(2025, 3, 31),
                List.of(),
                milestone("Scope agreed", MilestoneStatus.DONE),
                milestone("Recruitment panels", MilestoneStatus.MISSED),
                milestone("Network launched", MilestoneStatus.OFF_TRACK));

        ExceptionRow row = section.rows(List.of(late), Map.of()).get(0);

        assertThat(row.reasons())
                .containsExactly("UPDATE_OVERDUE", "MILESTONE_OFF_TRACK", "MILESTONE_MISSED", "RED_RAG", "PAST_DUE");
        assertThat(row.milestones()).containsExactly("Network launched", "Recruitment panels");
        assertThat(row.lead()).isEqualTo("Head of EDI (lead@trust)");
        assertThat(row.sponsor()).isEqualTo("Chief People Officer");
    }

    @Test
    void aRecentUpdateAndAFutureDueDateLeaveNothingToReport() {
        var onTime = action(2, ActionStatus.IN_PROGRESS, Rag.GREEN, START, AS_OF.plusDays(1), List.of());
        Instant lastWeek =
                AS_OF.minusDays(7).atStartOfDay(ZoneId.of("Europe/London")).toInstant();

        assertThat(section.rows(List.of(onTime), Map.of(2L, lastWeek))).isEmpty();
    }

    @Test
    void aClosedActionIsNeitherPastDueNorRedButAWithdrawnOnesMilestonesNoLongerCountEither() {
        var complete = action(
                3,
                ActionStatus.COMPLETE,
                Rag.RED,
                START,
                LocalDate.of(2025, 3, 31),
                List.of(),
                milestone("Missed but done", MilestoneStatus.MISSED));
        var withdrawn = action(
                4,
                ActionStatus.WITHDRAWN,
                Rag.RED,
                START,
                LocalDate.of(2025, 3, 31),
                List.of(),
                milestone("Abandoned", MilestoneStatus.MISSED));

        List<ExceptionRow> rows = section.rows(List.of(complete, withdrawn), Map.of());

        assertThat(rows).extracting(ExceptionRow::actionId).containsExactly(3L);
        assertThat(rows.get(0).reasons()).containsExactly("MILESTONE_MISSED");
    }
}
