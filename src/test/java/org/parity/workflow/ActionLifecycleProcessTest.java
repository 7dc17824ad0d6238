package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parity.ParityTest;
import org.parity.notification.internal.OutboxMail;
import org.parity.notification.internal.OutboxMailRepository;
import org.parity.plan.ActionStatus;
import org.parity.plan.MilestoneWentOffTrack;
import org.parity.plan.internal.Action;
import org.parity.workflow.internal.WorkflowTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of bpmn/action-lifecycle.bpmn, on the Spring engine of the shared context: each gateway
 * branch, each timer (reminder, overdue, escalation, due date), the off-track message, withdrawal from
 * each stage and a return at each decision. Timers run by executing their jobs; no sleeping.
 */
@ParityTest
class ActionLifecycleProcessTest extends ProcessTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.parity.plan.internal.PlanRepository seededPlans;

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aNewActionIsScopedThenSignedOffAfterAReturnToTheLead() {
        ProcessInstance p = startNew();
        assertThat(p).isWaitingAt("confirmScope").task().isAssignedTo("lead@kmpt");
        assertThat(p).isStarted();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(p.getId())
                        .singleResult()
                        .getTenantId())
                .isEqualTo("kmpt");
        assertThat(row(task(p, "confirmScope")).getKind()).isEqualTo(TaskKind.SCOPE);

        complete(p, "confirmScope");
        assertThat(p).isWaitingAt("signOffAction").task().isAssignedTo("sponsor@kmpt");
        complete(p, "signOffAction", "approved", false);
        assertThat(p).hasPassed("signedOff").isWaitingAt("confirmScope");

        complete(p, "confirmScope");
        complete(p, "signOffAction", "approved", true);
        assertThat(p)
                .hasPassed("signedOff", "deliveryStarted")
                .isWaitingAt("submitProgressUpdate")
                .task()
                .isAssignedTo("lead@kmpt");
        assertThat(rows(p))
                .extracting(WorkflowTask::getKind, WorkflowTask::getState)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TaskKind.SCOPE, WorkflowTask.State.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple(TaskKind.SIGN_OFF, WorkflowTask.State.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple(TaskKind.SCOPE, WorkflowTask.State.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple(TaskKind.SIGN_OFF, WorkflowTask.State.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple(TaskKind.PROGRESS_UPDATE, WorkflowTask.State.OPEN));
    }

    @Test
    void seededActionsUnderWayWaitForAProgressUpdateFromTheirLead() {
        // an action of a seeded plan no other test touches (the religion and belief plan has no milestones)
        Long planId =
                seededPlans.findByKey("kmpt-religion-2025-27").orElseThrow().getId();
        Action seeded = actions.findByPlanIdOrderById(planId).get(0);
        org.assertj.core.api.Assertions.assertThat(seeded.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        ProcessInstance p = instanceOf(seeded.getId());

        assertThat(p).isWaitingAt("submitProgressUpdate").task().isAssignedTo("lead@kmpt");
        assertThat(p).hasNotPassed("confirmScope");
        assertThat(rows(p)).singleElement().satisfies(t -> {
            assertThat(t.getKind()).isEqualTo(TaskKind.PROGRESS_UPDATE);
            assertThat(t.getOrganisation()).isEqualTo("kmpt");
            assertThat(t.getActionTitle()).isEqualTo(seeded.getTitle());
        });
    }

    @Test
    void anUpdateIsReturnedThenApprovedAndTheNextPeriodOpens() {
        ProcessInstance p = startUnderWay();
        Task first = task(p, "submitProgressUpdate");
        complete(p, "submitProgressUpdate", "completionProposed", false);
        assertThat(p).isWaitingAt("reviewProgressUpdate").task().isAssignedTo("sponsor@kmpt");
        complete(p, "reviewProgressUpdate", "approved", false);
        assertThat(p).hasPassed("updateApprovedGateway").isWaitingAt("submitProgressUpdate");

        complete(p, "submitProgressUpdate", "completionProposed", false);
        complete(p, "reviewProgressUpdate", "approved", true);

        assertThat(p).hasPassed("updateApprovedGateway").isWaitingAt("submitProgressUpdate");
        assertThat(task(p, "submitProgressUpdate").getId()).isNotEqualTo(first.getId());
        assertThat(timer(p, "actionDuePassed")).isNotNull();
    }

    @Test
    void timersComeFromTheScheduleAndRemindEscalateAndChase() {
        Instant now = Instant.parse("2026-01-05T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));
        ProcessInstance p = startUnderWay();
        Task update = task(p, "submitProgressUpdate");
        ZonedDateTime opened = now.atZone(ZoneId.systemDefault());

        assertThat(update.getDueDate().toInstant())
                .isEqualTo(opened.plusMonths(3).toInstant());
        assertThat(timer(p, "updateDueSoon").getDuedate().toInstant())
                .isEqualTo(opened.plusMonths(3).minusDays(7).toInstant());
        assertThat(timer(p, "updateOverdue").getDuedate().toInstant())
                .isEqualTo(opened.plusMonths(3).toInstant());
        assertThat(timer(p, "updateGracePassed").getDuedate().toInstant())
                .isEqualTo(opened.plusMonths(3).plusDays(14).toInstant());
        assertThat(timer(p, "actionDuePassed").getDuedate().toInstant())
                .isEqualTo(DUE.plusDays(1).atStartOfDay(LONDON).toInstant());

        fire(p, "updateDueSoon");
        fire(p, "updateOverdue");
        assertThat(p)
                .hasPassed("remindLeadUpdateDueSoon", "remindLeadUpdateOverdue")
                .isWaitingAt("submitProgressUpdate");
        assertThat(mailsFor(update)).extracting(OutboxMail::getRecipients).containsExactly("lead@kmpt", "lead@kmpt");

        fire(p, "updateGracePassed");
        assertThat(p).isWaitingAt("submitProgressUpdate", "chaseOverdueUpdate");
        assertThat(p).task("chaseOverdueUpdate").hasCandidateGroup("edi:kmpt");
        assertThat(mailsFor(update))
                .extracting(OutboxMail::getRecipients)
                .containsExactly("lead@kmpt", "lead@kmpt", "sponsor@kmpt");

        complete(p, "chaseOverdueUpdate");
        assertThat(p).hasPassed("updateChased").isWaitingAt("submitProgressUpdate");
    }

    @Test
    void proposingCompletionClosesAnOpenChaseAndLeadsToTheCompletionReview() {
        ProcessInstance p = startUnderWay();
        fire(p, "updateGracePassed");
        Task chase = task(p, "chaseOverdueUpdate");

        complete(p, "submitProgressUpdate", "completionProposed", true);

        assertThat(p)
                .hasPassed("completionProposed")
                .isWaitingAt("reviewCompletion")
                .task()
                .isAssignedTo("sponsor@kmpt");
        assertThat(row(chase).getState()).isEqualTo(WorkflowTask.State.CANCELLED);
        assertThat(timer(p, "actionDuePassed")).isNull();
    }

    @Test
    void aReturnedCompletionGoesBackToDeliveryAndAnApprovedOneEndsAfterTheImpactEvaluation() {
        ProcessInstance p = startUnderWay();
        complete(p, "submitProgressUpdate", "completionProposed", true);
        complete(p, "reviewCompletion", "approved", false);
        assertThat(p).hasPassed("completionApprovedGateway").isWaitingAt("submitProgressUpdate");

        complete(p, "submitProgressUpdate", "completionProposed", true);
        complete(p, "reviewCompletion", "approved", true);
        assertThat(p).isWaitingAt("evaluateImpact").task().hasCandidateGroup("edi:kmpt");
        complete(p, "evaluateImpact");

        assertThat(p).hasPassed("actionCompleted").isEnded();
    }

    @Test
    void whenTheDueDatePassesTheLeadAsksForAnExtensionWhichIsReturnedThenApproved() {
        ProcessInstance p = startUnderWay();
        Task update = task(p, "submitProgressUpdate");
        fire(p, "actionDuePassed");

        assertThat(p).isWaitingAt("requestExtension").task().isAssignedTo("lead@kmpt");
        assertThat(row(update).getState()).isEqualTo(WorkflowTask.State.CANCELLED);
        complete(p, "requestExtension", "completionProposed", false);
        assertThat(p).isWaitingAt("reviewExtension").task().isAssignedTo("sponsor@kmpt");
        complete(p, "reviewExtension", "approved", false);
        assertThat(p).hasPassed("extensionApprovedGateway").isWaitingAt("requestExtension");

        complete(p, "requestExtension", "completionProposed", false);
        complete(p, "reviewExtension", "approved", true);
        assertThat(p).hasPassed("extensionApprovedGateway").isWaitingAt("submitProgressUpdate");
        assertThat(timer(p, "actionDuePassed")).isNotNull();
    }

    @Test
    void whenTheDueDatePassesTheLeadMayProposeCompletionInstead() {
        ProcessInstance p = startUnderWay();
        fire(p, "actionDuePassed");
        complete(p, "requestExtension", "completionProposed", true);

        assertThat(p).hasPassed("extensionOrCompletion", "completionJoin").isWaitingAt("reviewCompletion");
        complete(p, "reviewCompletion", "approved", true);
        complete(p, "evaluateImpact");
        assertThat(p).isEnded();
    }

    @Test
    void anOffTrackMilestoneAsksForARecoveryPlanWhichIsReturnedThenApproved() {
        ProcessInstance p = startUnderWay();
        Long actionId = actionIdOf(p);
        transaction.executeWithoutResult(
                tx -> events.publishEvent(new MilestoneWentOffTrack(actionId, null, "WRES1", "2025/26", 31.2)));

        assertThat(p).isWaitingAt("submitProgressUpdate", "respondOffTrack");
        assertThat(p).task("respondOffTrack").isAssignedTo("lead@kmpt");
        complete(p, "respondOffTrack");
        assertThat(p).task("reviewRecoveryPlan").isAssignedTo("sponsor@kmpt");
        complete(p, "reviewRecoveryPlan", "approved", false);
        assertThat(p).hasPassed("recoveryApprovedGateway").isWaitingAt("submitProgressUpdate", "respondOffTrack");
        complete(p, "respondOffTrack");
        complete(p, "reviewRecoveryPlan", "approved", true);

        assertThat(p).hasPassed("recoveryAgreed").isWaitingAt("submitProgressUpdate");
    }

    @Test
    void indicatorNewsReachesAnActionStillInScopeAndIsIgnoredWithoutAProcess() {
        ProcessInstance p = startNew();
        assertThat(gateway.milestoneOffTrack(new MilestoneWentOffTrack(actionIdOf(p), 1L, "WRES2", "2025/26", 1.9)))
                .isEqualTo(1);
        assertThat(p).isWaitingAt("confirmScope", "respondOffTrack");

        // a second milestone going off track while the recovery plan is open adds no second recovery task
        assertThat(gateway.milestoneOffTrack(new MilestoneWentOffTrack(actionIdOf(p), 2L, "WRES2", "2025/26", 2.1)))
                .isZero();
        org.assertj.core.api.Assertions.assertThat(runtime.createExecutionQuery()
                        .processInstanceId(p.getId())
                        .activityId("respondOffTrack")
                        .count())
                .isEqualTo(1);

        Action noProcess = newAction(ActionStatus.NOT_STARTED);
        assertThat(gateway.milestoneOffTrack(new MilestoneWentOffTrack(noProcess.getId(), 1L, "WRES2", "2025/26", 1.9)))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "confirmScope",
                "signOffAction",
                "submitProgressUpdate",
                "reviewProgressUpdate",
                "chaseOverdueUpdate",
                "respondOffTrack",
                "requestExtension",
                "reviewExtension",
                "reviewCompletion",
                "evaluateImpact"
            })
    void theEdiTeamWithdrawsAnActionAtAnyStageAndItsOpenTasksClose(String stage) {
        ProcessInstance p = driveTo(stage);
        assertThat(p).isWaitingAt(stage);

        var state = gateway.withdraw(actionIdOf(p), EDI_KMPT, "No longer funded");

        assertThat(p).hasPassed("markWithdrawn", "actionWithdrawn").isEnded();
        assertThat(state.status()).isEqualTo(ActionStatus.WITHDRAWN);
        assertThat(state.withdrawnReason()).isEqualTo("No longer funded");
        assertThat(rows(p)).isNotEmpty().noneMatch(WorkflowTask::isOpen);
    }

    @Test
    void aWithdrawalMessageSentStraightToTheEngineAlsoWithdrawsTheAction() {
        ProcessInstance p = startUnderWay();
        runtime.createMessageCorrelation(ProcessGateway.ACTION_WITHDRAWN)
                .processInstanceBusinessKey(p.getBusinessKey())
                .correlate();

        assertThat(p).isEnded();
        Action action = actions.findById(actionIdOf(p)).orElseThrow();
        assertThat(action.getStatus()).isEqualTo(ActionStatus.WITHDRAWN);
        assertThat(action.getWithdrawnReason()).isEqualTo("Withdrawn through the process engine");
    }

    private ProcessInstance driveTo(String stage) {
        return switch (stage) {
            case "confirmScope" -> startNew();
            case "signOffAction" -> {
                ProcessInstance p = startNew();
                complete(p, "confirmScope");
                yield p;
            }
            case "submitProgressUpdate" -> startUnderWay();
            case "reviewProgressUpdate" -> {
                ProcessInstance p = startUnderWay();
                complete(p, "submitProgressUpdate", "completionProposed", false);
                yield p;
            }
            case "chaseOverdueUpdate" -> {
                ProcessInstance p = startUnderWay();
                fire(p, "updateGracePassed");
                yield p;
            }
            case "respondOffTrack" -> {
                ProcessInstance p = startUnderWay();
                gateway.milestoneOffTrack(new MilestoneWentOffTrack(actionIdOf(p), null, "WRES1", "2025/26", 30.0));
                yield p;
            }
            case "requestExtension" -> {
                ProcessInstance p = startUnderWay();
                fire(p, "actionDuePassed");
                yield p;
            }
            case "reviewExtension" -> {
                ProcessInstance p = driveTo("requestExtension");
                complete(p, "requestExtension", "completionProposed", false);
                yield p;
            }
            case "reviewCompletion" -> {
                ProcessInstance p = startUnderWay();
                complete(p, "submitProgressUpdate", "completionProposed", true);
                yield p;
            }
            case "evaluateImpact" -> {
                ProcessInstance p = driveTo("reviewCompletion");
                complete(p, "reviewCompletion", "approved", true);
                yield p;
            }
            default -> throw new IllegalArgumentException(stage);
        };
    }

    private List<OutboxMail> mailsFor(Task task) {
        return outbox.findByIdempotencyKeyStartingWith(task.getId() + ":").stream()
                .sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                .toList();
    }
}
