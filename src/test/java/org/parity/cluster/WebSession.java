package org.parity.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser's cookies, without a browser: one cookie jar that may be presented to any node (as a
 * reverse proxy would), redirects never followed (the test reads where each answer points), forms
 * posted with their hidden CSRF field. Every request is real HTTP to a node's port.
 */
final class WebSession {

    record Answer(int status, String location, String body) {
        boolean redirectsToLogin() {
            return status / 100 == 3 && location != null && location.contains("/login");
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** Signs in through the form of {@code node}: the login page's CSRF token, then the POST. */
    Answer signIn(ClusterNode node, String username, String password) {
        Answer page = get(node, "/login");
        if (page.status() != 200) {
            throw new AssertionError("GET /login on " + node.name() + " answered " + page.status());
        }
        return post(node, "/login", Map.of("username", username, "password", password, "_csrf", csrf(page.body())));
    }

    Answer get(ClusterNode node, String path) {
        return send(
                node,
                HttpRequest.newBuilder(URI.create(node.base() + path))
                        .header("Accept", "text/html")
                        .GET());
    }

    Answer getJson(ClusterNode node, String path) {
        return send(
                node,
                HttpRequest.newBuilder(URI.create(node.base() + path))
                        .header("Accept", "application/json")
                        .GET());
    }

    Answer post(ClusterNode node, String path, Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                node,
                HttpRequest.newBuilder(URI.create(node.base() + path))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    /** Posts the form found by {@code selector} on {@code page}, with its hidden fields (CSRF, version). */
    Answer submit(ClusterNode node, Answer page, String selector) {
        Document html = Jsoup.parse(page.body());
        Element form = html.selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector + " on the page:\n" + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        return post(node, form.attr("action"), fields);
    }

    static String csrf(String html) {
        Element field = Jsoup.parse(html).selectFirst("input[name=_csrf]");
        if (field == null) {
            throw new AssertionError("no CSRF field on the page:\n" + html);
        }
        return field.attr("value");
    }

    private Answer send(ClusterNode node, HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("request to node " + node.name() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
