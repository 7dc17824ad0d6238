package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.audit.AuditEvent;
import org.parity.audit.AuditLog;
import org.parity.indicator.Period;
import org.parity.indicator.internal.MeasurementEntity;
import org.parity.indicator.internal.MeasurementRepository;
import org.parity.notification.internal.OutboxMail;
import org.parity.notification.internal.OutboxMailRepository;
import org.parity.plan.MilestoneEvaluator;
import org.parity.plan.MilestoneStatus;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.workflow.internal.WorkflowTask;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/daily-sweep.bpmn on the engine clock: its timer job is run as the job executor would run it.
 * A milestone past its date becomes MISSED with no new figure, the first run after midnight in London
 * (not before, and only once a day); a task past its due date is escalated once to its assignee and
 * the EDI team.
 */
@ParityTest
class DailySweepProcessTest extends ProcessTestSupport {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MilestoneRepository milestones;

    @Autowired
    MeasurementRepository measurements;

    @Autowired
    MilestoneEvaluator evaluator;

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    HistoryService history;

    @Autowired
    AuditLog audit;

    @Test
    void aMilestoneOnTrackBecomesMissedTheFirstRunAfterItsDateEndsInLondonWithoutANewFigure() {
        // 49% in 2025 is well ahead of the line to 50% by 30 June 2030
        Milestone m = milestoneWithFigure("sweep:on-track", LocalDate.of(2030, 6, 30), 49.0);
        assertThat(statusOf(m)).isEqualTo(MilestoneStatus.ON_TRACK);

        String late = sweepAt(ZonedDateTime.of(2030, 6, 30, 23, 5, 0, 0, LONDON));
        assertThat(statusOf(m)).as("its date has not ended yet").isEqualTo(MilestoneStatus.ON_TRACK);

        String first = sweepAt(ZonedDateTime.of(2030, 7, 1, 0, 5, 0, 0, LONDON));
        assertThat(statusOf(m)).isEqualTo(MilestoneStatus.MISSED);
        List<AuditEvent> trail = audit.forSubject("MILESTONE", String.valueOf(m.getId()));
        assertThat(trail).last().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("MILESTONE_EVALUATED");
            assertThat(e.fromState()).isEqualTo("ON_TRACK");
            assertThat(e.toState()).isEqualTo("MISSED");
        });

        String again = sweepAt(ZonedDateTime.of(2030, 7, 1, 1, 5, 0, 0, LONDON));
        assertThat(passed(late)).contains("markMissedMilestones");
        assertThat(passed(first)).contains("markMissedMilestones", "daySwept");
        assertThat(passed(again))
                .contains("escalateOverdueTasks", "alreadySwept")
                .doesNotContain("markMissedMilestones");
        assertThat(audit.forSubject("MILESTONE", String.valueOf(m.getId()))).hasSameSizeAs(trail);
    }

    @Test
    void anAchievedMilestoneStaysAchievedWhenItsDatePasses() {
        Milestone m = milestoneWithFigure("sweep:achieved", LocalDate.of(2031, 6, 30), 51.0);
        assertThat(statusOf(m)).isEqualTo(MilestoneStatus.ACHIEVED);

        sweepAt(ZonedDateTime.of(2031, 7, 2, 0, 5, 0, 0, LONDON));
        assertThat(statusOf(m)).isEqualTo(MilestoneStatus.ACHIEVED);
    }

    @Test
    void aTaskPastItsDueDateIsEscalatedOnceToItsAssigneeAndTheEdiTeam() {
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.of(2032, 1, 5, 9, 0, 0, 0, LONDON).toInstant()));
        ProcessInstance p = startNew();
        WorkflowTask scope = row(task(p, "confirmScope"));
        ZonedDateTime due = scope.getDueAt().atZone(LONDON);

        sweepAt(due.minusMinutes(1));
        assertThat(escalations(scope)).isEmpty();
        sweepAt(due.plusHours(1));
        assertThat(escalations(scope)).singleElement().satisfies(mail -> {
            assertThat(mail.getRecipients())
                    .startsWith("lead@kmpt")
                    .contains("edi@kmpt")
                    .doesNotContain("sponsor@kmpt");
            assertThat(mail.getSubject()).isEqualTo("[Parity] Task overdue: " + scope.getTitle());
            assertThat(mail.getBody())
                    .contains("was due on " + due.getDayOfMonth() + " January 2032")
                    .contains("still open with lead@kmpt");
        });
        assertThat(taskRows.findById(scope.getId()).orElseThrow().getEscalatedAt())
                .isNotNull();

        sweepAt(due.plusHours(2));
        assertThat(escalations(scope)).hasSize(1);
    }

    /**
     * A milestone of a new action on WRES7 (higher is better) for BAME staff: 40% in 2024 to 50% by its due
     * date; and the 2025 figure, evaluated as an import would.
     */
    private Milestone milestoneWithFigure(String breakdown, LocalDate due, double figure2025) {
        Long actionId = newAction(org.parity.plan.ActionStatus.IN_PROGRESS).getId();
        Milestone m = milestones.save(new Milestone(
                actionId,
                1,
                "Belief in equal opportunities " + breakdown,
                due,
                "WRES7",
                "BAME",
                breakdown,
                40.0,
                "2024",
                50.0,
                String.valueOf(due.getYear())));
        measurements.save(new MeasurementEntity(
                "kmpt",
                "WRES7",
                Period.parse("2025"),
                "BAME",
                breakdown,
                figure2025,
                null,
                Map.of(),
                "STAFF_SURVEY",
                null,
                null,
                List.of(),
                "edi@kmpt"));
        evaluator.reevaluate("kmpt", "WRES7", "BAME", breakdown);
        return m;
    }

    /** Runs the sweep's timer job at this time; answers the id of the process instance it started. */
    private String sweepAt(ZonedDateTime at) {
        ClockUtil.setCurrentTime(Date.from(at.toInstant()));
        Job timer = management
                .createJobQuery()
                .processDefinitionKey("dailySweep")
                .timers()
                .singleResult();
        assertThat(timer).as("the sweep's timer start job").isNotNull();
        java.util.Set<String> before = instances();
        management.executeJob(timer.getId());
        java.util.Set<String> after = instances();
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return after.iterator().next();
    }

    private java.util.Set<String> instances() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("dailySweep")
                .list()
                .forEach(i -> ids.add(i.getId()));
        return ids;
    }

    private List<String> passed(String instanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    private MilestoneStatus statusOf(Milestone m) {
        return milestones.findById(m.getId()).orElseThrow().getStatus();
    }

    private List<OutboxMail> escalations(WorkflowTask task) {
        return outbox.findByIdempotencyKeyStartingWith(task.getId() + ":TASK_OVERDUE:");
    }
}
