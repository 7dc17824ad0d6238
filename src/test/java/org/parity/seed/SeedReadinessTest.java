package org.parity.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * Readiness waits for the seed data: the loader ran while the application still refused traffic, and
 * the "seed" health component is out of service until the loader says it has finished.
 */
@ParityTest
class SeedReadinessTest {

    @Autowired
    SeedReadiness readiness;

    @Autowired
    ApplicationAvailability availability;

    @Test
    void theSeedLoaderRanBeforeTheApplicationAcceptedTraffic() {
        assertThat(readiness.readinessWhenLoadingBegan()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        assertThat(readiness.health().getDetails()).containsEntry("seed", "loaded by this node");
    }

    @Test
    void theSeedComponentIsOutOfServiceUntilTheLoaderHasFinished() {
        SeedReadiness fresh = new SeedReadiness(availability);
        assertThat(fresh.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        fresh.began();
        assertThat(fresh.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        fresh.waiting();
        assertThat(fresh.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(fresh.health().getDetails()).containsEntry("seed", "waiting for another node");
        fresh.finished(SeedLoader.Outcome.WAITED);
        assertThat(fresh.health().getStatus()).isEqualTo(Status.UP);
        assertThat(fresh.health().getDetails()).containsEntry("seed", "loaded by another node while this one waited");
    }
}
