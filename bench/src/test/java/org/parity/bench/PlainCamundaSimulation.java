package org.parity.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.parity.bench.Bench.get;
import static org.parity.bench.Bench.post;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * The baseline: what a worklist costs on a plain Camunda 7.24 engine (bench/plain-camunda) holding the
 * same number of tasks per lead, read through Camunda's REST API, closed loop with one virtual user per
 * lead and no think time.
 * <ul>
 * <li>the REST-composed worklist: {@code GET /engine-rest/task?assignee=lead@ORG} (all the lead's
 * tasks), then {@code GET /engine-rest/task/{id}/variables} for the first 25 (reported as a group too);</li>
 * <li>the same with one batch read: the task list, then {@code POST /engine-rest/variable-instance} for
 * the 25 process instances;</li>
 * <li>the variable-filtered task query {@code GET /engine-rest/task?processVariables=lead_eq_lead@ORG&maxResults=25}.</li>
 * </ul>
 * System properties: {@code bench.plainUrl}, {@code bench.organisations}, {@code bench.users} (default N),
 * {@code bench.duration} (seconds).
 */
public class PlainCamundaSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("bench.plainUrl", "http://localhost:8090");
    static final int ORGANISATIONS = Integer.getInteger("bench.organisations", 10);
    static final int USERS = Integer.getInteger("bench.users", ORGANISATIONS);
    static final Duration DURATION = Bench.DURATION;
    static final int FIRST = 25;

    static Iterator<Map<String, Object>> leads() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("lead",
                "lead@" + GenerateSeeds.code(next.getAndIncrement() % ORGANISATIONS + 1, ORGANISATIONS))).iterator();
    }

    static final ChainBuilder TASK_LIST = exec(get("GET /engine-rest/task?assignee=", "/engine-rest/task")
            .queryParam("assignee", "#{lead}")
            .check(status().is(200), jsonPath("$[*].id").findAll().saveAs("taskIds"),
                    jsonPath("$[*].processInstanceId").findAll().saveAs("instanceIds")))
            .exec(session -> {
                List<String> ids = session.getList("taskIds");
                List<String> instances = session.getList("instanceIds");
                List<String> first = ids.subList(0, Math.min(FIRST, ids.size()));
                String batch = instances.subList(0, Math.min(FIRST, instances.size())).stream()
                        .map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
                return session.set("firstIds", first).set("batch", "{\"processInstanceIdIn\":[" + batch + "]}");
            });

    static final ChainBuilder REST_COMPOSED = group(Bench.group("worklist: task list + 25 x variables")).on(
            exec(TASK_LIST).exec(foreach("#{firstIds}", "taskId").on(
                    exec(get("GET /engine-rest/task/{id}/variables", "/engine-rest/task/#{taskId}/variables")
                            .check(status().is(200))))));

    static final ChainBuilder BATCH_COMPOSED = group(Bench.group("worklist: task list + 1 batch variable read")).on(
            exec(TASK_LIST).exec(post("POST /engine-rest/variable-instance", "/engine-rest/variable-instance")
                    .body(StringBody("#{batch}")).asJson().check(status().is(200))));

    static final ChainBuilder FILTERED = exec(get("GET /engine-rest/task?processVariables=", "/engine-rest/task")
            .queryParam("processVariables", "lead_eq_#{lead}").queryParam("maxResults", String.valueOf(FIRST))
            .check(status().is(200)));

    {
        setUp(scenario("plain Camunda worklists").feed(leads())
                // the deadline is checked between the measurements, never inside a group
                .exec(during(DURATION).on(exec(Bench.stopAtDeadline(), REST_COMPOSED, Bench.stopAtDeadline(),
                        BATCH_COMPOSED, Bench.stopAtDeadline(), FILTERED)))
                .injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
                .protocols(http.baseUrl(BASE_URL).disableCaching().acceptHeader("application/json"))
                .maxDuration(Bench.MAX_DURATION);
    }

    @Override
    public void before() {
        Bench.start();
    }
}
