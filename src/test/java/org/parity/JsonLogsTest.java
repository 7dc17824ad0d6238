package org.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The console log format of application.yml: text lines by default, one JSON object per line when
 * parity.log-format (environment variable PARITY_LOG_FORMAT) names a structured format. Each case runs
 * {@link Main} in a JVM of its own (Spring Boot keeps logging settings in system properties, so one JVM
 * cannot try several formats honestly): a Spring application with Parity's configuration files but none
 * of its beans, which logs one warning and stops.
 */
class JsonLogsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textLinesByDefault() throws Exception {
        String marker = marker();
        String line = run(Map.of(), marker);
        assertThat(line).doesNotStartWith("{").contains("WARN").contains(marker);
    }

    @Test
    void ecsJsonLinesWhenTheEnvironmentAsks() throws Exception {
        String marker = marker();
        JsonNode line = JSON.readTree(run(Map.of("PARITY_LOG_FORMAT", "ecs"), marker));
        assertThat(line.get("message").asText()).isEqualTo(marker);
        assertThat(line.at("/log/level").asText()).isEqualTo("WARN");
        assertThat(line.at("/log/logger").asText()).isEqualTo(Main.class.getName());
        assertThat(line.at("/service/name").asText()).isEqualTo("parity");
        assertThat(line.at("/ecs/version").isMissingNode()).isFalse();
        assertThat(line.has("@timestamp")).isTrue();
    }

    @Test
    void logstashJsonLinesWhenThePropertyAsks() throws Exception {
        String marker = marker();
        JsonNode line = JSON.readTree(run(Map.of(), marker, "--parity.log-format=logstash"));
        assertThat(line.get("message").asText()).isEqualTo(marker);
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("logger_name").asText()).isEqualTo(Main.class.getName());
        assertThat(line.has("@timestamp")).isTrue();
    }

    @Test
    void everyLineIsJsonOnceSwitchedOn() throws Exception {
        String marker = marker();
        List<String> lines = output(Map.of("PARITY_LOG_FORMAT", "ecs"), marker);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
        }
    }

    private static String marker() {
        return "json-logs-test " + UUID.randomUUID();
    }

    /** The one output line that carries the marker. */
    private static String run(Map<String, String> environment, String marker, String... args) throws Exception {
        return output(environment, marker, args).stream()
                .filter(l -> l.contains(marker))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + marker));
    }

    /** Every non-blank line the child JVM wrote to its console. */
    private static List<String> output(Map<String, String> environment, String marker, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                marker));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("PARITY_LOG_FORMAT");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    /** Starts Parity's configuration without its beans, logs the marker (the first argument) as a warning. */
    public static final class Main {

        @Configuration(proxyBeanMethods = false)
        static class NoBeans {}

        public static void main(String[] args) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NoBeans.class)
                    .web(WebApplicationType.NONE)
                    .run(rest)) {
                LoggerFactory.getLogger(Main.class).warn(args[0]);
            }
        }
    }
}
