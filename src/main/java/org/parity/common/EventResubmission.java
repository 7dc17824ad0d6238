package org.parity.common;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * No lost events: a node may die between the commit that stored an event's publication and the listener
 * that handles it. Spring Modulith delivers what is outstanding again when a node starts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); this delivers, every
 * {@code parity.events.resubmit-every}, the publications still incomplete after
 * {@code parity.events.resubmit-older-than}, on one node at a time (whichever holds the cluster lock
 * {@value ClusterLock#EVENT_RESUBMISSION}; the others skip that round). Delivery is therefore at least
 * once, and the listeners that must not act twice are idempotent.
 */
@Component
class EventResubmission implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications publications;
    private final ClusterLock locks;
    private final EventProperties properties;
    private ScheduledExecutorService scheduler;

    EventResubmission(IncompleteEventPublications publications, ClusterLock locks, EventProperties properties) {
        this.publications = publications;
        this.locks = locks;
        this.properties = properties;
    }

    /**
     * Resubmits the publications older than {@code parity.events.resubmit-older-than} unless another node
     * (or thread) is doing so now; true when this call did.
     */
    boolean resubmit() {
        Optional<ClusterLock.Held> lock = locks.tryAcquire(ClusterLock.EVENT_RESUBMISSION);
        if (lock.isEmpty()) {
            log.debug("Another node is resubmitting event publications");
            return false;
        }
        try (ClusterLock.Held held = lock.get()) {
            publications.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan());
            return true;
        }
    }

    private void resubmitAndCarryOn() {
        try {
            resubmit();
        } catch (RuntimeException e) {
            // the next round tries again; a failing round must not end the schedule
            log.warn("Resubmitting incomplete event publications failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parity-event-resubmission");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.resubmitEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::resubmitAndCarryOn, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
