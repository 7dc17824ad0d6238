package org.parity.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled     load seed-data into an empty database at start-up
 * @param location    where the seed files are (a Spring resource location)
 * @param demoUsers   create the demo users (never in prod)
 */
@ConfigurationProperties("parity.seed")
record SeedProperties(boolean enabled, String location, boolean demoUsers) {

    SeedProperties {
        if (location == null || location.isBlank()) {
            location = "classpath:seed-data/";
        }
    }
}
