package org.parity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.plan.ActionStatus;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.parity.support.TestActions;
import org.parity.workflow.ProcessGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's REST API is not a way around Parity: over real HTTP, not even an admin can complete a
 * task through /engine-rest (it is not deployed; four-eyes, the business records and the audit trail
 * are only reachable through Parity's own API). Cockpit still works: it has its own API under /camunda.
 */
@ParityTest
class EngineBackDoorTest {

    @LocalServerPort
    int port;

    @Autowired
    ActionRepository actions;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ProcessGateway gateway;

    @Autowired
    TaskService engineTasks;

    @Autowired
    ProcessEngine engine;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noOneCompletesATaskThroughTheEnginesRestApi() throws Exception {
        Action action = new TestActions(actions, plans, themes)
                .create("lead@kmpt", "sponsor@kmpt", LocalDate.of(2027, 3, 31), ActionStatus.IN_PROGRESS);
        gateway.startUnderWay(List.of(action.getId()));
        Task task = engineTasks
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(action.getId()))
                .singleResult();

        for (String path : List.of(
                "/engine-rest/task/" + task.getId() + "/complete",
                "/engine-rest/engine/default/task/" + task.getId() + "/complete")) {
            for (String user : List.of("admin", "lead@kmpt")) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path))
                        .header("Authorization", basic(user))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}"))
                        .build());
                assertThat(answer.statusCode()).as(user + " POST " + path).isEqualTo(user.equals("admin") ? 404 : 403);
            }
        }
        HttpResponse<String> list = send(HttpRequest.newBuilder(uri("/engine-rest/task"))
                .header("Authorization", basic("admin"))
                .GET()
                .build());
        assertThat(list.statusCode()).isEqualTo(404);
        assertThat(list.body()).doesNotContain(task.getId());

        assertThat(engineTasks.createTaskQuery().taskId(task.getId()).singleResult())
                .as("the task is still open")
                .isNotNull();
    }

    @Test
    void cockpitStillOpensForAnAdminAndForNobodyElse() throws Exception {
        // Camunda's webapps find engines in a JVM-wide static registry by name; another test context of this
        // JVM (one per distinct test configuration) registers its own "default" engine there. One application
        // has one engine: put this context's back before asking Cockpit for it.
        ProcessEngines.registerProcessEngine(engine);
        HttpResponse<String> admin = send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/"))
                .header("Authorization", basic("admin"))
                .GET()
                .build());
        assertThat(admin.statusCode()).as(HostileProbes.shorten(admin.body())).isEqualTo(200);
        assertThat(admin.body()).containsIgnoringCase("cockpit");

        HttpResponse<String> edi = send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/"))
                .header("Authorization", basic("edi@kmpt"))
                .GET()
                .build());
        assertThat(edi.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":parity-demo").getBytes(StandardCharsets.UTF_8));
    }
}
