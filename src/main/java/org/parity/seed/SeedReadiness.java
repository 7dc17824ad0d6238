package org.parity.seed;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * The health component "seed", part of the readiness group (application.yml): out of service until the
 * seed loader has finished at start-up (loaded the seed data and demo users, found them complete in the
 * database, waited for another node that was loading them, or was switched off), so a load balancer sends
 * nobody to a node that cannot yet sign them in or show them their plans. While another node loads, the
 * detail says "waiting for another node". The seed loader is an application runner, and Spring Boot announces readiness only
 * after every runner has returned; this component says so explicitly and keeps saying so if the
 * loading ever moves off the start-up thread. It also records the readiness the loader saw when it
 * began, which the tests check: traffic was still refused.
 */
@Component("seedHealthIndicator")
class SeedReadiness implements HealthIndicator {

    private final ApplicationAvailability availability;
    private volatile boolean finished;
    private volatile boolean waiting;
    private volatile String outcome = "switched off";
    private volatile ReadinessState whenLoadingBegan;

    SeedReadiness(ApplicationAvailability availability) {
        this.availability = availability;
    }

    /** Called by the seed loader as it begins. */
    void began() {
        finished = false;
        waiting = false;
        whenLoadingBegan = availability.getReadinessState();
    }

    /** Called by the seed loader when another node holds the seed lock and this one waits for it. */
    void waiting() {
        waiting = true;
    }

    /** Called by the seed loader when the data is there (or loading is switched off). */
    void finished() {
        finished = true;
    }

    /** Called by the seed loader when the data is there, saying how it got there (shown to admins). */
    void finished(SeedLoader.Outcome how) {
        outcome = how.description();
        finished = true;
    }

    /** The readiness state when the loader began; null before it ran. */
    ReadinessState readinessWhenLoadingBegan() {
        return whenLoadingBegan;
    }

    @Override
    public Health health() {
        return finished
                ? Health.up().withDetail("seed", outcome).build()
                : Health.outOfService()
                        .withDetail("seed", waiting ? "waiting for another node" : "loading")
                        .build();
    }
}
