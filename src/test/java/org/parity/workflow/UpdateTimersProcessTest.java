package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.notification.internal.OutboxMail;
import org.parity.notification.internal.OutboxMailRepository;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.MilestoneWentOffTrack;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each timer of the progress update, driven through its boundary on the engine clock: a minute before
 * it nobody is told anything, at it the right person is told the right thing. The timers are read from
 * the update task's own due date, so an update the sponsor returned runs on the shorter clock of a
 * one-off step, not another whole review period. Jobs are run as the job executor would run them: every
 * job of the instance due by the clock's time.
 */
@ParityTest
class UpdateTimersProcessTest extends ProcessTestSupport {

    static final ZoneId ZONE = ZoneId.systemDefault();
    static final Instant OPENED = Instant.parse("2026-01-05T09:00:00Z");
    static final Caller LEAD = new Caller("lead@kmpt", "Lead", EnumSet.of(Role.LEAD), "kmpt", null);
    static final Caller SPONSOR = new Caller("sponsor@kmpt", "Sponsor", EnumSet.of(Role.SPONSOR), "kmpt", null);

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    ObjectMapper json;

    @Test
    void theLeadIsRemindedSevenDaysBeforeTheUpdateFallsDue() {
        ProcessInstance p = openedAt(OPENED);
        ZonedDateTime due = updateDue(p);
        assertThat(due).isEqualTo(OPENED.atZone(ZONE).plusMonths(3));

        advanceTo(p, due.minusDays(7).minusMinutes(1));
        assertThat(told(p)).isEmpty();
        advanceTo(p, due.minusDays(7));
        assertThat(told(p)).containsExactly("lead@kmpt: Progress update due soon");
    }

    @Test
    void theLeadIsToldTheUpdateIsOverdueWhenItsDueDatePasses() {
        ProcessInstance p = openedAt(OPENED);
        ZonedDateTime due = updateDue(p);

        advanceTo(p, due.minusMinutes(1));
        assertThat(told(p)).containsExactly("lead@kmpt: Progress update due soon");
        advanceTo(p, due);
        assertThat(told(p))
                .containsExactly("lead@kmpt: Progress update due soon", "lead@kmpt: Progress update overdue");
    }

    @Test
    void afterTheGracePeriodTheSponsorIsToldAndTheEdiTeamChases() {
        ProcessInstance p = openedAt(OPENED);
        ZonedDateTime due = updateDue(p);

        advanceTo(p, due.plusDays(14).minusMinutes(1));
        assertThat(p).isWaitingAt("submitProgressUpdate");
        assertThat(told(p)).doesNotContain("sponsor@kmpt: Progress update still overdue");
        advanceTo(p, due.plusDays(14));
        assertThat(told(p)).endsWith("sponsor@kmpt: Progress update still overdue");
        assertThat(p).isWaitingAt("submitProgressUpdate", "chaseOverdueUpdate");
        assertThat(p).task("chaseOverdueUpdate").hasCandidateGroup("edi:kmpt");
    }

    @Test
    void aReturnedUpdateIsRemindedOverdueAndEscalatedOnTheStepClockNotAnotherWholePeriod() {
        ProcessInstance p = openedAt(OPENED);
        gateway.complete(task(p, "submitProgressUpdate").getId(), LEAD, json.valueToTree(update()));
        ZonedDateTime returnedAt = OPENED.atZone(ZONE).plusDays(2);
        ClockUtil.setCurrentTime(Date.from(returnedAt.toInstant()));
        gateway.complete(
                task(p, "reviewProgressUpdate").getId(),
                SPONSOR,
                json.valueToTree(Map.of("decision", "RETURN", "comment", "Say how many were mentored")));

        ZonedDateTime due = updateDue(p);
        assertThat(due).isEqualTo(returnedAt.plusDays(14));
        assertThat(timer(p, "updateOverdue").getDuedate().toInstant()).isEqualTo(due.toInstant());

        advanceTo(p, due.minusDays(7).minusMinutes(1));
        assertThat(told(p)).isEmpty();
        advanceTo(p, due.minusDays(7));
        assertThat(told(p)).containsExactly("lead@kmpt: Progress update due soon");
        advanceTo(p, due);
        assertThat(told(p))
                .containsExactly("lead@kmpt: Progress update due soon", "lead@kmpt: Progress update overdue");
        advanceTo(p, due.plusDays(14));
        assertThat(told(p)).endsWith("sponsor@kmpt: Progress update still overdue");
        assertThat(p).isWaitingAt("submitProgressUpdate", "chaseOverdueUpdate");
    }

    @Test
    void whenTheActionsDueDateEndsInLondonTheLeadIsAskedForAnExtension() {
        ProcessInstance p = openedAt(OPENED);
        ZonedDateTime endOfDueDate = DUE.plusDays(1).atStartOfDay(ZoneId.of("Europe/London"));

        advanceTo(p, endOfDueDate.minusMinutes(1));
        assertThat(p).isNotWaitingAt("requestExtension");
        advanceTo(p, endOfDueDate);
        assertThat(p).isWaitingAt("requestExtension").task().isAssignedTo("lead@kmpt");
    }

    @Test
    void aRecoveryReviewAndAnUpdateReviewOpenTogetherDecideIndependently() {
        ProcessInstance p = openedAt(OPENED);
        Long actionId = actionIdOf(p);
        gateway.complete(task(p, "submitProgressUpdate").getId(), LEAD, json.valueToTree(update()));
        gateway.milestoneOffTrack(new MilestoneWentOffTrack(actionId, null, "WRES1", "2025/26", 30.0));
        gateway.complete(
                task(p, "respondOffTrack").getId(),
                LEAD,
                json.valueToTree(Map.of("comment", "Two more reverse-mentoring cohorts this year")));
        assertThat(p).isWaitingAt("reviewProgressUpdate", "reviewRecoveryPlan");

        gateway.complete(
                task(p, "reviewRecoveryPlan").getId(),
                SPONSOR,
                json.valueToTree(Map.of("decision", "RETURN", "comment", "Name the cohorts' dates")));
        assertThat(p).isWaitingAt("reviewProgressUpdate", "respondOffTrack");
        gateway.complete(
                task(p, "reviewProgressUpdate").getId(), SPONSOR, json.valueToTree(Map.of("decision", "APPROVE")));
        assertThat(p).isWaitingAt("submitProgressUpdate", "respondOffTrack");

        gateway.complete(
                task(p, "respondOffTrack").getId(),
                LEAD,
                json.valueToTree(Map.of("comment", "Cohorts start in May and September")));
        gateway.complete(task(p, "submitProgressUpdate").getId(), LEAD, json.valueToTree(update()));
        gateway.complete(
                task(p, "reviewProgressUpdate").getId(),
                SPONSOR,
                json.valueToTree(Map.of("decision", "RETURN", "comment", "Add the numbers")));
        assertThat(p).isWaitingAt("submitProgressUpdate", "reviewRecoveryPlan");
        gateway.complete(
                task(p, "reviewRecoveryPlan").getId(), SPONSOR, json.valueToTree(Map.of("decision", "APPROVE")));
        assertThat(p).hasPassed("recoveryAgreed").isWaitingAt("submitProgressUpdate");

        // the routing flags steered their own gateway only: none is stored in the process
        assertThat(runtime.createVariableInstanceQuery()
                        .processInstanceIdIn(p.getId())
                        .variableNameIn(ProcessVariables.APPROVED, ProcessVariables.COMPLETION_PROPOSED)
                        .count())
                .isZero();
    }

    private ProcessInstance openedAt(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        return startUnderWay();
    }

    private static Map<String, Object> update() {
        return Map.of(
                "rag",
                "AMBER",
                "percentComplete",
                40,
                "narrative",
                "Mentoring pilot half way",
                "evidenceUrl",
                "https://intranet.example/mentoring",
                "proposeCompletion",
                false);
    }

    private ZonedDateTime updateDue(ProcessInstance p) {
        return task(p, "submitProgressUpdate").getDueDate().toInstant().atZone(ZONE);
    }

    private void advanceTo(ProcessInstance p, ZonedDateTime at) {
        advanceTo(p, at.toInstant());
    }

    /** Who was told what about this action's updates, in order: "recipient: subject". */
    private List<String> told(ProcessInstance p) {
        return rows(p).stream()
                .filter(t -> t.getKind() == TaskKind.PROGRESS_UPDATE)
                .flatMap(t -> outbox.findByIdempotencyKeyStartingWith(t.getId() + ":").stream())
                .sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                .map(m -> m.getRecipients() + ": " + subjectOf(m))
                .toList();
    }

    private static String subjectOf(OutboxMail mail) {
        String subject = mail.getSubject().replace("[Parity] ", "");
        return subject.substring(0, subject.indexOf(':'));
    }
}
