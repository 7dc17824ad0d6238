package org.parity.plan.internal;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.parity.plan.ActionWritten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The entity listener of actions and milestones: after Hibernate has written a row (during the flush, so
 * the row is in the database and a query in the same transaction sees it) it publishes
 * {@link ActionWritten}. Every write goes through these two entities, so no write is missed, whichever
 * service or test made it.
 */
@Component
public class ActionWrites {

    private final ApplicationEventPublisher events;

    ActionWrites(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        Long actionId = entity instanceof Action a ? a.getId() : entity instanceof Milestone m ? m.getActionId() : null;
        if (actionId != null) {
            events.publishEvent(new ActionWritten(actionId));
        }
    }
}
