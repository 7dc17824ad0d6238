package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The sign-in throttle counts failed attempts per client address in the database, so every node sees the same
 * count; the address is the client's real one: X-Forwarded-For counts only when the peer is a trusted proxy
 * (parity.proxy.trusted, loopback by default), over real HTTP through Tomcat's RemoteIpValve.
 */
@ParityTest
class SharedLoginThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    @Value("${parity.login.failures-per-minute-per-address:20}")
    int limit;

    final HttpClient http = HttpClient.newHttpClient();

    /** Rows this class made for addresses of its own; other tests' rows are left alone. */
    @AfterEach
    void forgetOurAddresses() throws Exception {
        jdbc.update("delete from login_throttle where address like '10.9.9.%' or address like '203.0.113.%'"
                + " or address like '198.51.100.%'");
        jdbc.update(
                "delete from login_throttle where address = ?", outsideAddress().getHostAddress());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void failedBefore(String address, Instant windowStart, int failures) {
        jdbc.update(
                "insert into login_throttle (address, window_start, failures) values (?, ?, ?)",
                address,
                Timestamp.from(windowStart),
                failures);
    }

    private Integer failures(String address) {
        return jdbc.query(
                "select failures from login_throttle where address = ?",
                rs -> rs.next() ? rs.getInt(1) : null,
                address);
    }

    @Test
    void failuresCountedByAnotherNodeThrottleThisOne() throws Exception {
        failedBefore("10.9.9.9", Instant.now().minusSeconds(10), limit);
        mvc.perform(get("/api/organisations")
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(from("10.9.9.9")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/organisations")
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(from("10.9.9.8")))
                .andExpect(status().isOk());
        // one short of the limit: still let in
        failedBefore("10.9.9.7", Instant.now().minusSeconds(10), limit - 1);
        mvc.perform(get("/api/organisations")
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(from("10.9.9.7")))
                .andExpect(status().isOk());
    }

    @Test
    void eachFailureIsCountedInTheSharedTableAndTheLimitThenHolds() throws Exception {
        for (int i = 1; i <= limit; i++) {
            mvc.perform(get("/api/organisations")
                            .with(httpBasic("nobody-" + i, "wrong"))
                            .with(from("10.9.9.20")))
                    .andExpect(status().isUnauthorized());
            assertThat(failures("10.9.9.20")).isEqualTo(i);
        }
        mvc.perform(get("/api/organisations")
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .with(from("10.9.9.20")))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void aWindowThatHasPassedThrottlesNoLongerAndOldRowsAreDeleted() throws Exception {
        failedBefore("10.9.9.30", Instant.now().minus(Duration.ofMinutes(2)), limit);
        failedBefore("10.9.9.31", Instant.now().minus(Duration.ofMinutes(5)), 3);
        mvc.perform(get("/api/organisations").with(httpBasic("nobody", "wrong")).with(from("10.9.9.30")))
                .andExpect(status().isUnauthorized());
        assertThat(failures("10.9.9.30")).as("a new window starts at one").isEqualTo(1);
        assertThat(failures("10.9.9.31")).as("expired rows are cleaned").isNull();
    }

    @Test
    void theDefaultTrustedProxiesAreLoopbackOnly() {
        String trusted = environment.getProperty("server.tomcat.remoteip.internal-proxies");
        assertThat(trusted).isEqualTo(environment.getProperty("parity.proxy.trusted"));
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        Pattern proxies = Pattern.compile(trusted);
        assertThat(proxies.matcher("127.0.0.1").matches()).isTrue();
        assertThat(proxies.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        // Tomcat's own default trusts every private range: not here, where clients may sit on one
        for (String untrusted : new String[] {"10.0.0.1", "192.168.1.10", "172.16.0.5", "169.254.1.1", "8.8.8.8"}) {
            assertThat(proxies.matcher(untrusted).matches()).as(untrusted).isFalse();
        }
    }

    @Test
    void aForwardedAddressFromATrustedProxyIsTheThrottleKey() throws Exception {
        // this test's requests come from loopback: a proxy on the same host
        HttpResponse<String> answer = wrongPassword("127.0.0.1", "203.0.113.50");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(failures("203.0.113.50")).isEqualTo(1);

        failedBefore("203.0.113.51", Instant.now(), limit);
        assertThat(wrongPassword("127.0.0.1", "203.0.113.51").statusCode())
                .as("the client behind the proxy is throttled")
                .isEqualTo(429);
        assertThat(wrongPassword("127.0.0.1", "203.0.113.52").statusCode())
                .as("another client behind the same proxy is not")
                .isEqualTo(401);
    }

    @Test
    void aSpoofedForwardedAddressFromAnUntrustedPeerIsIgnored() throws Exception {
        InetAddress outside = outsideAddress();
        String peer = outside.getHostAddress();

        HttpResponse<String> answer = wrongPassword(peer, "198.51.100.77");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(failures("198.51.100.77")).as("the header chose nothing").isNull();
        assertThat(failures(peer)).as("counted under the real peer").isEqualTo(1);

        // throttled under its real address, a new made-up X-Forwarded-For on every try does not help
        jdbc.update("update login_throttle set failures = ? where address = ?", limit, peer);
        assertThat(wrongPassword(peer, "198.51.100.78").statusCode()).isEqualTo(429);
        assertThat(wrongPassword(peer, "198.51.100.79").statusCode()).isEqualTo(429);
    }

    /** A wrong HTTP Basic password to Parity's real port at this local address, with an X-Forwarded-For. */
    private HttpResponse<String> wrongPassword(String host, String forwardedFor) throws Exception {
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return http.send(
                HttpRequest.newBuilder(URI.create("http://" + authority + ":" + port + "/api/organisations"))
                        .header("X-Forwarded-For", forwardedFor)
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("nobody-here:wrong".getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An address of this machine that is not loopback: a peer that is not a trusted proxy. */
    private static InetAddress outsideAddress() throws Exception {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        return address;
                    }
                }
            }
        }
        throw new AssertionError("this machine has no non-loopback IPv4 address to play an untrusted peer from");
    }
}
