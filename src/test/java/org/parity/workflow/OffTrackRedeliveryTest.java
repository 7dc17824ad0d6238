package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.plan.MilestoneWentOffTrack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The off-track event is delivered at least once (the publication registry delivers again what a node
 * did not finish), so its handling is idempotent: the same event twice opens one recovery task and
 * writes one audit entry, even after that recovery has ended; a new event for the same action still opens
 * a new one.
 */
@ParityTest
class OffTrackRedeliveryTest extends ProcessTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void theSameEventDeliveredTwiceOpensOneRecoveryTaskAndOneAuditEntry() throws Exception {
        ProcessInstance p = startUnderWay();
        Long actionId = actionIdOf(p);
        MilestoneWentOffTrack event = new MilestoneWentOffTrack(actionId, 7L, "WRES1", "2025/26", 31.2);

        // first delivery: the real path, the after-commit listener of a published event
        transaction.executeWithoutResult(tx -> events.publishEvent(event));
        assertThat(recoveryTasks(p)).isEqualTo(1);

        // second delivery, as the registry makes it: the event read back from its stored JSON
        MilestoneWentOffTrack again = json.readValue(json.writeValueAsString(event), MilestoneWentOffTrack.class);
        assertThat(again).isEqualTo(event);
        assertThat(gateway.milestoneOffTrack(again)).isZero();

        assertThat(recoveryTasks(p)).isEqualTo(1);
        assertThat(offTrackAuditEntries(actionId)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from handled_event where listener = ? and event_id = ?",
                        Integer.class,
                        ActionMessages.OFF_TRACK_LISTENER,
                        event.eventId()))
                .isEqualTo(1);
    }

    @Test
    void aRedeliveryAfterTheRecoveryEndedOpensNothingButANewEventDoes() {
        ProcessInstance p = startUnderWay();
        Long actionId = actionIdOf(p);
        MilestoneWentOffTrack event = new MilestoneWentOffTrack(actionId, 7L, "WRES1", "2025/26", 31.2);
        assertThat(gateway.milestoneOffTrack(event)).isEqualTo(1);
        complete(p, "respondOffTrack");
        complete(p, "reviewRecoveryPlan", "approved", true);
        assertThat(recoveryTasks(p)).isZero();

        // without its id the old event would open a second recovery now that none is open
        assertThat(gateway.milestoneOffTrack(event)).isZero();
        assertThat(recoveryTasks(p)).isZero();
        assertThat(offTrackAuditEntries(actionId)).isEqualTo(1);

        MilestoneWentOffTrack later = new MilestoneWentOffTrack(actionId, 7L, "WRES1", "2026/27", 33.0);
        assertThat(later.eventId()).isNotEqualTo(event.eventId());
        assertThat(gateway.milestoneOffTrack(later)).isEqualTo(1);
        assertThat(recoveryTasks(p)).isEqualTo(1);
        assertThat(offTrackAuditEntries(actionId)).isEqualTo(2);
    }

    @Test
    void anEventStoredBeforeEventsHadIdsIsStillHandled() {
        ProcessInstance p = startUnderWay();
        MilestoneWentOffTrack old = new MilestoneWentOffTrack(actionIdOf(p), 7L, "WRES1", "2025/26", 31.2, null);
        assertThat(gateway.milestoneOffTrack(old)).isEqualTo(1);
        assertThat(recoveryTasks(p)).isEqualTo(1);
    }

    private long recoveryTasks(ProcessInstance p) {
        return runtime.createExecutionQuery()
                .processInstanceId(p.getId())
                .activityId("respondOffTrack")
                .count();
    }

    private int offTrackAuditEntries(Long actionId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where subject_type = 'ACTION' and subject_id = ?"
                        + " and event_type = 'MILESTONE_OFF_TRACK'",
                Integer.class,
                String.valueOf(actionId));
    }
}
