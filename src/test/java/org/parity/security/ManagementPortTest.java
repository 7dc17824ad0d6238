package org.parity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parity.people.Role;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * With a separate management port (management.server.port) the same rules hold there: the probes are
 * public and say only UP, /actuator/prometheus answers anonymous callers 401 and other roles 403 and
 * serves admins; and the application port no longer serves the actuator at all.
 *
 * <p>This is the one test with a context of its own: a second port is a different server layout and
 * cannot be switched on inside the shared context. It keeps the cost down by loading no seed data
 * (its own in-memory database, its own engine name, no Cockpit) and making the two users it needs.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            "spring.datasource.url=jdbc:h2:mem:parity-management-port;DB_CLOSE_DELAY=-1",
            "parity.seed.enabled=false",
            "camunda.bpm.process-engine-name=managementPortTest",
            "camunda.bpm.webapp.enabled=false"
        })
@ActiveProfiles("test")
class ManagementPortTest {

    static final String PASSWORD = "a long management test password";

    @LocalServerPort
    int appPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void users() {
        user("ops-admin", Role.ADMIN);
        user("ops-board", Role.BOARD);
        user("ops-edi", Role.EDI);
    }

    @Test
    void theActuatorMovesToTheManagementPortWithTheSameRules() throws Exception {
        assertThat(managementPort).isNotEqualTo(appPort);

        HttpResponse<String> anonymous = get(managementPort, "/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("problem+json");
        assertThat(anonymous.body()).doesNotContain("jvm_");
        assertThat(get(managementPort, "/actuator/prometheus", "ops-board").statusCode())
                .isEqualTo(403);
        assertThat(get(managementPort, "/actuator/prometheus", "ops-edi").statusCode())
                .isEqualTo(403);
        HttpResponse<String> admin = get(managementPort, "/actuator/prometheus", "ops-admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm_memory_used_bytes", "parity_tasks_overdue");

        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(managementPort, probe, null);
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            JsonNode body = json.readTree(health.body());
            assertThat(body.get("status").asText()).isEqualTo("UP");
            assertThat(body.size()).as(probe + ": " + health.body()).isEqualTo(1);
        }

        // the application port serves the application, not the actuator (refused before it is looked up)
        assertThat(get(appPort, "/actuator/prometheus", "ops-admin").statusCode())
                .isEqualTo(404);
        assertThat(get(appPort, "/actuator/health/readiness", null).statusCode())
                .isNotEqualTo(200);
    }

    private HttpResponse<String> get(int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void user(String name, Role role) {
        if (!users.existsByUsername(name)) {
            users.save(new AppUser(name, encoder.encode(PASSWORD), name, null, null, EnumSet.of(role), false));
        }
    }
}
