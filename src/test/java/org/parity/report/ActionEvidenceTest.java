package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parity.report.ReportSectionsFixtures.action;
import static org.parity.report.ReportSectionsFixtures.figure;
import static org.parity.report.ReportSectionsFixtures.indicator;
import static org.parity.report.ReportSectionsFixtures.milestone;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.indicator.Polarity;
import org.parity.plan.ActionStatus;
import org.parity.plan.MilestoneStatus;
import org.parity.report.BoardReport.Evidence;

/** "Is it working?": milestones and linked indicators since the action started. */
class ActionEvidenceTest {

    static final LocalDate START = LocalDate.of(2022, 4, 1);

    final FigureSeries figures = new FigureSeries(List.of(
            // lower is better: 30 as at the start (2021/22 ends before it), 25 now
            figure("WRES5", "2021/22", 2021, "BAME", 30.0),
            figure("WRES5", "2023/24", 2023, "BAME", 25.0),
            // higher is better, but fell
            figure("WRES7", "2021", 2021, "BAME", 60.0),
            figure("WRES7", "2024", 2024, "BAME", 55.0),
            // no figure as at the start: no evidence
            figure("WRES9", "2023/24", 2023, null, 1.0),
            figure("WRES9", "2024/25", 2024, null, 2.0)));

    final ActionEvidence evidence = new ActionEvidence(
            figures,
            List.of(
                    indicator("WRES5", Polarity.LOWER_BETTER),
                    indicator("WRES7", Polarity.HIGHER_BETTER),
                    indicator("WRES9", Polarity.HIGHER_BETTER)),
            null);

    @Test
    void goodMilestonesAndAnImprovedIndicatorSayYes() {
        var a = action(
                1,
                ActionStatus.IN_PROGRESS,
                null,
                START,
                null,
                List.of("WRES5", "WRES9"),
                milestone("Scope agreed", MilestoneStatus.DONE),
                milestone("Not yet", MilestoneStatus.PENDING));

        ActionEvidence.Assessment assessment = evidence.assess(a);

        assertThat(assessment.verdict()).isEqualTo(WorkingVerdict.YES);
        assertThat(assessment.evidence())
                .containsExactly(
                        new Evidence("milestone", "Scope agreed", null, "DONE", "better"),
                        new Evidence("indicator", "WRES5 BAME", "2021/22", "2023/24", "better"));
    }

    @Test
    void mixedEvidenceSaysPartlyAndOnlyBadEvidenceSaysNo() {
        var mixed = action(2, ActionStatus.IN_PROGRESS, null, START, null, List.of("WRES5", "WRES7"));
        var bad = action(
                3,
                ActionStatus.IN_PROGRESS,
                null,
                START,
                null,
                List.of("WRES7"),
                milestone("Panels", MilestoneStatus.OFF_TRACK));

        assertThat(evidence.assess(mixed).verdict()).isEqualTo(WorkingVerdict.PARTLY);
        assertThat(evidence.assess(bad).verdict()).isEqualTo(WorkingVerdict.NO);
    }

    @Test
    void withoutAStartDateOnlyMilestonesCount() {
        var unstarted = action(4, ActionStatus.NOT_STARTED, null, null, null, List.of("WRES5", "WRES7"));

        assertThat(evidence.assess(unstarted).evidence()).isEmpty();
        assertThat(evidence.assess(unstarted).verdict()).isEqualTo(WorkingVerdict.NO_EVIDENCE);
    }
}
