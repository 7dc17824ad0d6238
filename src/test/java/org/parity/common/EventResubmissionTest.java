package org.parity.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.plan.ActionStatus;
import org.parity.plan.MilestoneWentOffTrack;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.parity.support.CreatesActions;
import org.parity.support.TestActions;
import org.parity.workflow.ProcessGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The periodic resubmission delivers a publication a node left incomplete once it is older than
 * parity.events.resubmit-older-than, leaves younger ones to the node that published them, and runs on one
 * node at a time: while another holds the lock a round does nothing.
 */
@ParityTest
@CreatesActions
class EventResubmissionTest {

    @Autowired
    EventResubmission resubmission;

    @Autowired
    ClusterLock locks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ProcessGateway gateway;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ActionRepository actions;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Test
    void anOldIncompletePublicationIsDeliveredOnceAYoungOneIsLeftAndALockedRoundDoesNothing() throws Exception {
        Long stale = actionUnderWay();
        Long young = actionUnderWay();
        String listener = offTrackListenerId();
        MilestoneWentOffTrack staleEvent = new MilestoneWentOffTrack(stale, null, "WRES1", "2025/26", 31.2);
        MilestoneWentOffTrack youngEvent = new MilestoneWentOffTrack(young, null, "WRES1", "2025/26", 31.2);
        // as a node that died between commit and delivery leaves them: stored, never completed
        UUID staleId = storeIncomplete(listener, staleEvent, Instant.now().minus(Duration.ofMinutes(5)));
        UUID youngId = storeIncomplete(listener, youngEvent, Instant.now());
        try {
            try (ClusterLock.Held elsewhere =
                    locks.tryAcquire(ClusterLock.EVENT_RESUBMISSION).orElseThrow()) {
                assertThat(resubmission.resubmit()).isFalse();
                assertThat(recoveryTasks(stale)).isZero();
            }

            // the shared context's own periodic round may hold the lock for a moment: then this round skips
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(resubmission::resubmit);
            assertThat(recoveryTasks(stale)).isEqualTo(1);
            assertThat(completed(staleId)).isTrue();
            assertThat(recoveryTasks(young)).isZero();
            assertThat(completed(youngId)).isFalse();

            // a second round finds nothing of the old one to deliver
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(resubmission::resubmit);
            assertThat(recoveryTasks(stale)).isEqualTo(1);
        } finally {
            // nothing incomplete is left for the other tests of the shared context
            jdbc.update("delete from event_publication where id = ?", youngId);
        }
    }

    private Long actionUnderWay() {
        Long id = new TestActions(actions, plans, themes)
                .create("lead@kmpt", "sponsor@kmpt", LocalDate.of(2027, 3, 31), ActionStatus.IN_PROGRESS)
                .getId();
        assertThat(gateway.startUnderWay(List.of(id))).isEqualTo(1);
        return id;
    }

    /** The registry's id of the off-track listener, read from a publication it completed. */
    private String offTrackListenerId() {
        Long action = actionUnderWay();
        MilestoneWentOffTrack delivered = new MilestoneWentOffTrack(action, null, "WRES1", "2025/26", 31.2);
        transaction.executeWithoutResult(tx -> events.publishEvent(delivered));
        return jdbc.queryForObject(
                "select listener_id from event_publication where completion_date is not null and serialized_event like ?",
                String.class,
                "%" + delivered.eventId() + "%");
    }

    private UUID storeIncomplete(String listener, MilestoneWentOffTrack event, Instant published) throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)"
                        + " values (?, ?, ?, ?, ?)",
                id,
                listener,
                MilestoneWentOffTrack.class.getName(),
                json.writeValueAsString(event),
                Timestamp.from(published));
        return id;
    }

    private boolean completed(UUID publication) {
        return jdbc.queryForObject(
                        "select count(*) from event_publication where id = ? and completion_date is not null",
                        Integer.class,
                        publication)
                == 1;
    }

    private long recoveryTasks(Long actionId) {
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(actionId))
                .singleResult()
                .getId();
        return runtime.createExecutionQuery()
                .processInstanceId(instance)
                .activityId("respondOffTrack")
                .count();
    }
}
