package org.parity.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One Parity node: the packaged jar in a JVM of its own, started with ProcessBuilder, its console
 * written to a log file. Killed with SIGKILL ({@link Process#destroyForcibly()}), never asked to stop.
 */
final class ClusterNode {

    private final String name;
    private final Path jar;
    private final Path log;
    private final int port;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private Process process;

    ClusterNode(String name, Path jar, Path workDir, List<String> arguments, Map<String, String> environment) {
        this.name = name;
        this.jar = jar;
        this.log = workDir.resolve("node-" + name + ".log");
        this.port = freePort();
        this.arguments = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String base() {
        return "http://localhost:" + port;
    }

    Path log() {
        return log;
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // small heap, one GC thread family, C1 only: two nodes start side by side on two shared cores
        command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k"));
        command.addAll(List.of("-jar", jar.toString()));
        command.add("--server.port=" + port);
        command.add("--parity.notification.base-url=" + base());
        command.addAll(arguments);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, no transaction is finished, nothing is flushed. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Polls the readiness probe until it answers UP; fails when the process dies or time runs out. */
    void awaitReady(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicReference<String> last = new AtomicReference<>("no answer");
        try {
            Awaitility.await("node " + name + " ready")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> answersUp(http, last));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "node " + name + " not ready within " + timeout + " (last answer: " + last.get() + ")\n" + tail(80),
                    e);
        }
    }

    /** One look at the readiness probe; a node that has exited fails at once, naming its exit code. */
    private boolean answersUp(HttpClient http, AtomicReference<String> last) throws InterruptedException {
        if (!alive()) {
            throw new AssertionError(
                    "node " + name + " exited with " + process.exitValue() + " before it was ready\n" + tail(80));
        }
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            last.set(answer.statusCode() + " " + answer.body());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException notListeningYet) {
            last.set(notListeningYet.toString());
            return false;
        }
    }

    /** The last lines of the node's log, for a failure message. */
    String tail(int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "---- last " + lines + " lines of " + log + " ----\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
