package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.indicator.Period;
import org.parity.indicator.internal.MeasurementEntity;
import org.parity.indicator.internal.MeasurementRepository;
import org.parity.organisation.Organisation;
import org.parity.organisation.Organisations;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.ActionStatus;
import org.parity.plan.ReviewCadence;
import org.parity.plan.Timescale;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.Theme;
import org.parity.plan.internal.ThemeRepository;
import org.parity.progress.ProgressService;
import org.parity.progress.Rag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A large organisation: 1,000 actions (2,000 milestones, 1,000 approved updates) and ten years of
 * figures. The report must come from a handful of queries, not one per row; the time is printed
 * (and written to target/report-timing.txt), not asserted. Rolled back afterwards.
 */
@ParityTest
class LargeReportTest {

    static final Caller ADMIN = new Caller("admin", "Admin", Set.of(Role.ADMIN), null, null);

    @Autowired
    Organisations organisations;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ActionRepository actions;

    @Autowired
    MilestoneRepository milestones;

    @Autowired
    MeasurementRepository measurements;

    @Autowired
    ProgressService progress;

    @Autowired
    ReportService reports;

    @Autowired
    ReportDocuments documents;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    @Transactional
    void aThousandActionsAndTenYearsOfFiguresTakeAFewQueries() throws Exception {
        organisations.add(new Organisation("big-trust", "A Very Large NHS Trust", "Big", null, null));
        Plan plan = plans.save(
                new Plan("big-wres", "big-trust", "WRES", "Big WRES plan", "2016-2026", null, List.of(), List.of()));
        Theme theme = themes.save(new Theme(plan.getId(), 1, "Everything", null, List.of(), List.of(), null, null));
        List<Action> created = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Action a = new Action(plan.getId(), theme.getId(), "a" + i, "Action number " + i);
            a.assign("Head of EDI", "lead@big", "Chief People Officer", "sponsor@big");
            a.schedule(new Timescale(
                    "2018 to 2027",
                    LocalDate.of(2018, 4, 1),
                    LocalDate.of(2020 + i % 10, 3, 31),
                    ReviewCadence.QUARTERLY,
                    List.of()));
            a.linkIndicators(new java.util.HashSet<>(List.of("WRES" + (1 + i % 9), "WRES5")));
            a.changeStatus(i % 7 == 0 ? ActionStatus.COMPLETE : ActionStatus.IN_PROGRESS);
            a.report(Rag.values()[i % 3], i % 100);
            created.add(a);
        }
        actions.saveAll(created);
        List<Milestone> ms = new ArrayList<>();
        for (Action a : created) {
            ms.add(new Milestone(
                    a.getId(), 1, "Scope agreed", LocalDate.of(2019, 3, 31), null, null, null, null, null, null, null));
            ms.add(new Milestone(
                    a.getId(),
                    2,
                    "WRES5 BAME below 30%",
                    LocalDate.of(2026, 3, 31),
                    "WRES5",
                    "BAME",
                    null,
                    40.0,
                    "2018",
                    30.0,
                    "2025"));
            progress.recordPublished(a.getId(), List.of("Progress on " + a.getTitle()), "big-annual-report");
        }
        milestones.saveAll(ms);
        List<MeasurementEntity> figures = new ArrayList<>();
        for (int year = 2016; year < 2026; year++) {
            Period fy = Period.parse(year + "/" + String.format("%02d", (year + 1) % 100));
            Period survey = Period.parse(String.valueOf(year));
            for (int w = 1; w <= 9; w++) {
                Period p = w >= 5 && w <= 8 ? survey : fy;
                double v = w >= 2 && w <= 4 ? 1.0 + (2025 - year) * 0.05 : 20 + w + (year - 2016) * 0.5;
                figures.add(new MeasurementEntity(
                        "big-trust",
                        "WRES" + w,
                        p,
                        w >= 2 && w <= 4 ? null : "BAME",
                        null,
                        v,
                        null,
                        null,
                        "ESR",
                        "big",
                        null,
                        List.of(),
                        "test"));
                if (w == 1 || (w >= 5 && w <= 8)) {
                    figures.add(new MeasurementEntity(
                            "big-trust",
                            "WRES" + w,
                            p,
                            "WHITE",
                            null,
                            v - 5,
                            null,
                            null,
                            "ESR",
                            "big",
                            null,
                            List.of(),
                            "test"));
                }
                if (w == 1) {
                    for (int band = 1; band <= 9; band++) {
                        for (String group : List.of("BAME", "WHITE")) {
                            for (String clinical : List.of("yes", "no")) {
                                figures.add(new MeasurementEntity(
                                        "big-trust",
                                        "WRES1",
                                        p,
                                        group,
                                        "clinical:" + clinical + "/band:" + band,
                                        v / band,
                                        null,
                                        null,
                                        "ESR",
                                        "big",
                                        null,
                                        List.of(),
                                        "test"));
                            }
                        }
                    }
                }
                if (w >= 5 && w <= 8) {
                    for (int site = 1; site <= 20; site++) {
                        for (String group : List.of("BAME", "WHITE")) {
                            figures.add(new MeasurementEntity(
                                    "big-trust",
                                    "WRES" + w,
                                    p,
                                    group,
                                    "site:" + site,
                                    v + site % 5,
                                    null,
                                    null,
                                    "STAFF_SURVEY",
                                    "big",
                                    null,
                                    List.of(),
                                    "test"));
                        }
                    }
                }
            }
        }
        measurements.saveAll(figures);
        entityManager.flush();
        entityManager.clear();

        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean was = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        long start = System.nanoTime();
        BoardReport report = reports.live(ADMIN, ReportQuery.of("big-trust", null, null));
        long built = System.nanoTime();
        long queries = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(was);

        StringBuilder timing = new StringBuilder(String.format(
                "1,000 actions, %d figures over ten years: report built in %d ms with %d SQL statements%n",
                figures.size(), (built - start) / 1_000_000, queries));
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV)) {
            long t = System.nanoTime();
            byte[] bytes = documents.render(report, format, null).bytes();
            timing.append(String.format(
                    "  %s: %d ms, %d bytes%n", format, (System.nanoTime() - t) / 1_000_000, bytes.length));
        }
        System.out.print(timing);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "report-timing.txt"), timing);

        assertThat(report.actions()).hasSize(1000);
        assertThat(report.narrative()).hasSize(1000);
        assertThat(report.trends()).hasSize(9);
        assertThat(report.trends().get(0).periods()).hasSize(10);
        assertThat(queries).as("statements for the whole report").isLessThanOrEqualTo(12);
    }
}
