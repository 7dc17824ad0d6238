package org.parity.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIf;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What both simulations share: reported requests are registered by name (so the table can say which
 * pages never completed), every request has the same timeout, and the load ends cleanly: after the
 * deadline no virtual user starts another request, while requests already running are waited for
 * (and count, as OK or as a timeout) instead of being cut off unrecorded.
 */
final class Bench {

    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.duration", 60));
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.requestTimeout", 60));
    /** The hard stop: the load, then the longest a request may still run, and a margin. */
    static final Duration MAX_DURATION = DURATION.plus(REQUEST_TIMEOUT).plusSeconds(15);

    private static final Set<String> REPORTED = new LinkedHashSet<>();
    private static volatile long deadline = Long.MAX_VALUE;

    private Bench() {
    }

    static HttpRequestActionBuilder get(String name, String path) {
        REPORTED.add(name);
        return http(name).get(path).requestTimeout(REQUEST_TIMEOUT);
    }

    static HttpRequestActionBuilder post(String name, String path) {
        REPORTED.add(name);
        return http(name).post(path).requestTimeout(REQUEST_TIMEOUT);
    }

    /** A group of requests, reported with the time of the whole. */
    static String group(String name) {
        REPORTED.add(name);
        return name;
    }

    /** A request that is not started once the load's time is up. */
    static ChainBuilder step(HttpRequestActionBuilder request) {
        return exec(stopAtDeadline()).exec(request);
    }

    /** The virtual user leaves here if the load's time is up. */
    static ChainBuilder stopAtDeadline() {
        return exitHereIf(session -> System.currentTimeMillis() >= deadline);
    }

    /**
     * Called from the simulation's before(): starts the clock and writes the reported names for the table,
     * less those this run does not use.
     */
    static void start(String... unused) {
        // a little after the injection ends: a closed-loop injector replaces every user that leaves until
        // its own end, and users leaving at once would be replaced in a tight loop
        deadline = System.currentTimeMillis() + DURATION.toMillis() + 2000;
        String file = System.getProperty("bench.expectFile");
        if (file != null && !file.isBlank()) {
            try {
                Set<String> names = new LinkedHashSet<>(REPORTED);
                java.util.Arrays.asList(unused).forEach(names::remove);
                Files.write(Path.of(file), names, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
