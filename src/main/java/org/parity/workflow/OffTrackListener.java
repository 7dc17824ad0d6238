package org.parity.workflow;

import org.parity.plan.MilestoneWentOffTrack;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Indicator news reaches the action's process: after the evaluating transaction commits, the message
 * milestoneOffTrack is correlated by business key in a transaction of its own. Synchronous on purpose
 * (not @Async): the event publication registry keeps it if it fails, and tests need no waiting. Delivered
 * at least once (again when a node starts, or by the periodic resubmission when a node died before
 * handling it) and handled once, by the event's id (see ProcessGateway#milestoneOffTrack).
 */
@Component
class OffTrackListener {

    private final ProcessGateway gateway;

    OffTrackListener(ProcessGateway gateway) {
        this.gateway = gateway;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(MilestoneWentOffTrack event) {
        gateway.milestoneOffTrack(event);
    }
}
