package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.NotFoundException;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.progress.Rag;
import org.parity.progress.internal.ProgressUpdateEntity;
import org.parity.progress.internal.ProgressUpdateRepository;
import org.parity.report.BoardReport.IndicatorRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** A board report from the seeded KMPT data: figures, better/worse, benchmarks, suppression, exceptions, narrative. */
@ParityTest
class ReportContentTest {

    static final Caller EDI_KMPT = new Caller("edi@kmpt", "EDI team", Set.of(Role.EDI), "kmpt", null);
    static final Caller BOARD_KMPT = new Caller("board@kmpt", "Board", Set.of(Role.BOARD), "kmpt", null);

    @Autowired
    ReportService reports;

    @Autowired
    PlanRepository plans;

    @Autowired
    ActionRepository actions;

    @Autowired
    ProgressUpdateRepository updates;

    static IndicatorRow row(BoardReport report, String code, String group, String breakdown) {
        return report.indicators().stream()
                .filter(r -> r.code().equals(code)
                        && java.util.Objects.equals(r.group(), group)
                        && java.util.Objects.equals(r.breakdown(), breakdown))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code + " " + group + " " + breakdown));
    }

    @Test
    void wres2GotBetterFrom258To118() {
        BoardReport report = reports.live(EDI_KMPT, ReportQuery.of("kmpt", "WRES", null));
        IndicatorRow wres2 = row(report, "WRES2", null, null);
        assertThat(wres2.value()).isEqualTo(1.18);
        assertThat(wres2.previous()).isEqualTo(2.58);
        assertThat(wres2.change()).isEqualTo(-1.4);
        assertThat(wres2.period()).isEqualTo("2024/25");
        assertThat(wres2.previousPeriod()).isEqualTo("2023/24");
        assertThat(wres2.status()).isEqualTo("better");
        assertThat(wres2.flags()).contains("RATIO_AS_PERCENT");
        // harassment from patients (lower is better) rose from 35.2% to 42.7%: worse
        IndicatorRow wres5 = row(report, "WRES5", "BAME", null);
        assertThat(wres5.value()).isEqualTo(42.7);
        assertThat(wres5.previous()).isEqualTo(35.2);
        assertThat(wres5.status()).isEqualTo("worse");
        // WRES 3 has one year only: no comparison
        assertThat(row(report, "WRES3", null, null).status()).isEqualTo("no-data");
        assertThat(report.indicators()).allMatch(r -> r.standard().equals("WRES"));
    }

    @Test
    void benchmarksComeFromTheNationalBreakdownAndAreNotRowsOfTheirOwn() {
        BoardReport report = reports.live(EDI_KMPT, ReportQuery.of("kmpt", "WRES", null));
        assertThat(row(report, "WRES1", "BAME", null).benchmark()).isEqualTo(26.4);
        assertThat(row(report, "WRES6", "BAME", null).benchmark()).isEqualTo(20.9);
        assertThat(report.indicators())
                .noneMatch(r -> r.breakdown() != null && r.breakdown().startsWith("benchmark:"));
        BoardReport.Trend wres1 = report.trends().stream()
                .filter(t -> t.code().equals("WRES1"))
                .findFirst()
                .orElseThrow();
        assertThat(wres1.periods()).containsSubsequence("2021/22", "2022/23", "2023/24", "2024/25");
        assertThat(wres1.series()).anyMatch(s -> s.benchmark() && s.label().equals("benchmark:national"));
    }

    @Test
    void smallNumbersAreSuppressed() {
        BoardReport report = reports.live(EDI_KMPT, ReportQuery.of("kmpt", "WDES", null));
        IndicatorRow wdes3 = row(report, "WDES3", null, null);
        assertThat(wdes3.suppressed()).isTrue();
        assertThat(wdes3.value()).isNull();
        assertThat(wdes3.flags()).contains("SMALL_NUMBERS");
        IndicatorRow manager = row(
                reports.live(EDI_KMPT, ReportQuery.of("kmpt", "WRES", null)),
                "WRES1",
                "BAME",
                "medical:senior-medical-manager");
        assertThat(manager.value()).isNull();
        assertThat(manager.suppressed()).isTrue();
    }

    @Test
    void thePeriodPicksEachSeriesLatestFigureAtThatDate() {
        BoardReport report = reports.live(EDI_KMPT, ReportQuery.of("kmpt", "WRES", "2023/24"));
        IndicatorRow wres2 = row(report, "WRES2", null, null);
        assertThat(wres2.value()).isEqualTo(2.58);
        assertThat(wres2.status()).isEqualTo("no-data");
        // the 2023 staff survey (31 December 2023) is within 2023/24; 2024's is not
        assertThat(row(report, "WRES5", "BAME", null).value()).isEqualTo(35.2);
    }

    @Test
    void actionsAreCountedAndExceptionsNameLeadAndSponsor() {
        BoardReport report = reports.live(EDI_KMPT, ReportQuery.of("kmpt", null, null));
        long kmptActions = plans.findByOrganisationCodeOrderByStandardCodeAscTitleAsc("kmpt").stream()
                .mapToLong(p -> actions.countByPlanId(p.getId()))
                .sum();
        assertThat(report.counts().actions())
                .isEqualTo((int) kmptActions)
                .isEqualTo(report.actions().size());
        assertThat(report.counts().byStatus().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(report.counts().actions());
        assertThat(report.counts().byRag().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(report.counts().actions());
        assertThat(report.exceptions()).isNotEmpty();
        assertThat(report.exceptions()).allSatisfy(e -> {
            assertThat(e.reasons()).isNotEmpty();
            assertThat(e.lead()).isNotBlank();
            assertThat(e.sponsor()).isNotBlank();
        });
        // every past-due exception really is past its due date and still open
        report.exceptions().stream()
                .filter(e -> e.reasons().contains("PAST_DUE"))
                .forEach(e -> assertThat(e.due()).isBefore(report.scope().asOf()));
        assertThat(report.actions())
                .allMatch(a -> List.of("yes", "partly", "no", "no-evidence").contains(a.working()));
    }

    @Test
    @Transactional
    void onlyApprovedNarrativeAppears() {
        Long actionId = report().actions().get(0).id();
        updates.save(new ProgressUpdateEntity(
                actionId,
                "lead@kmpt",
                Rag.RED,
                10,
                "UNAPPROVED: we have not started and this must not reach the board",
                null,
                false));
        BoardReport report = report();
        assertThat(report.narrative()).isNotEmpty();
        assertThat(report.narrative()).noneMatch(n -> n.narrative().contains("UNAPPROVED"));
        assertThat(updates.findByActionIdOrderBySubmittedAtAscIdAsc(actionId))
                .anyMatch(u -> u.getNarrative().startsWith("UNAPPROVED"));
    }

    @Test
    void boardReadersAreRefusedTheLiveReportAndOtherOrganisationsAreNotFound() {
        assertThatThrownBy(() -> reports.live(BOARD_KMPT, ReportQuery.of("kmpt", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.live(EDI_KMPT, ReportQuery.of("kings", null, null)))
                .isInstanceOf(NotFoundException.class);
        Caller ics = new Caller("ics@kent-medway", "ICS", Set.of(Role.ICS), null, "kent-medway");
        assertThat(reports.live(ics, ReportQuery.of("ekhuft", null, null))
                        .scope()
                        .organisation())
                .isEqualTo("ekhuft");
        SystemReport system = reports.system(ics, "kent-medway", "WRES", null);
        assertThat(system.organisations()).containsExactly("ekhuft", "kmpt");
        assertThat(system.indicators())
                .anyMatch(r -> r.code().equals("WRES2") && r.cells().containsKey("kmpt"));
        assertThatThrownBy(() -> reports.system(ics, "south-east-london", null, null))
                .isInstanceOf(NotFoundException.class);
    }

    private BoardReport report() {
        return reports.live(EDI_KMPT, ReportQuery.of("kmpt", null, null));
    }
}
