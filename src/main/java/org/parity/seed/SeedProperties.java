package org.parity.seed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled     load seed-data into an empty database at start-up
 * @param location    where the seed files are (a Spring resource location)
 * @param demoUsers   create the demo users (never in prod)
 * @param maxWait     how long a node waits for another node that is loading the seed data before it gives
 *                    up starting (the seed of 100,000 actions took 13 minutes on a two-core machine)
 */
@ConfigurationProperties("parity.seed")
record SeedProperties(boolean enabled, String location, boolean demoUsers, Duration maxWait) {

    SeedProperties {
        if (location == null || location.isBlank()) {
            location = "classpath:seed-data/";
        }
        if (maxWait == null) {
            maxWait = Duration.ofMinutes(30);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("parity.seed.max-wait must not be negative, was " + maxWait);
        }
    }
}
