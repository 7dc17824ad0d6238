package org.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The console log format of application.yml: text lines by default, one JSON object per line when
 * parity.log-format (PARITY_LOG_FORMAT) names a structured format. Each case starts a Spring application
 * with Parity's configuration files but none of its beans, so only the logging set-up is exercised (in
 * under a second, without a second Parity context).
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTest {

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {}

    static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void restoreTheTestProfilesLogging() {
        start(List.of("test")).close();
    }

    @Test
    void textLinesByDefault(CapturedOutput output) {
        String marker = log(List.of());
        String line = lineWith(output, marker);
        assertThat(line).doesNotStartWith("{").contains("WARN").contains(marker);
    }

    @Test
    void ecsJsonLinesWhenAsked(CapturedOutput output) throws Exception {
        String marker = log(List.of(), "--parity.log-format=ecs");
        JsonNode line = JSON.readTree(lineWith(output, marker));
        assertThat(line.get("message").asText()).isEqualTo(marker);
        assertThat(line.at("/log/level").asText()).isEqualTo("WARN");
        assertThat(line.at("/log/logger").asText()).isEqualTo(JsonLogsTest.class.getName());
        assertThat(line.at("/service/name").asText()).isEqualTo("parity");
        assertThat(line.at("/ecs/version").isMissingNode()).isFalse();
        assertThat(line.has("@timestamp")).isTrue();
    }

    @Test
    void theEnvironmentVariableSwitchesItOn(CapturedOutput output) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("PARITY_LOG_FORMAT", "ecs")));
        String marker = "json-logs-test " + UUID.randomUUID();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NoBeans.class)
                .web(WebApplicationType.NONE)
                .environment(environment)
                .registerShutdownHook(false)
                .run()) {
            LoggerFactory.getLogger(JsonLogsTest.class).warn(marker);
        }
        assertThat(JSON.readTree(lineWith(output, marker)).get("message").asText())
                .isEqualTo(marker);
    }

    @Test
    void logstashJsonLinesWhenAsked(CapturedOutput output) throws Exception {
        String marker = log(List.of(), "--parity.log-format=logstash");
        JsonNode line = JSON.readTree(lineWith(output, marker));
        assertThat(line.get("message").asText()).isEqualTo(marker);
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("logger_name").asText()).isEqualTo(JsonLogsTest.class.getName());
        assertThat(line.has("@timestamp")).isTrue();
    }

    /** Starts the bare application with these arguments, logs one warning with a fresh marker, stops it. */
    private static String log(List<String> profiles, String... args) {
        String marker = "json-logs-test " + UUID.randomUUID();
        try (ConfigurableApplicationContext context = start(profiles, args)) {
            LoggerFactory.getLogger(JsonLogsTest.class).warn(marker);
        }
        return marker;
    }

    private static ConfigurableApplicationContext start(List<String> profiles, String... args) {
        return new SpringApplicationBuilder(NoBeans.class)
                .web(WebApplicationType.NONE)
                .profiles(profiles.toArray(String[]::new))
                .registerShutdownHook(false)
                .run(args);
    }

    private static String lineWith(CapturedOutput output, String marker) {
        return output.getOut()
                .lines()
                .filter(l -> l.contains(marker))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + marker + " in:\n" + output.getOut()));
    }
}
