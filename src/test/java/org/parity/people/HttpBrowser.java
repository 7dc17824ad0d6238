package org.parity.people;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small browser for protocol tests: a cookie jar per host (Parity at localhost and the provider at
 * 127.0.0.1 never see each other's cookies), redirects followed one hop at a time and remembered, and
 * forms posted with their hidden CSRF field. Every request is real HTTP.
 */
final class HttpBrowser {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    record Page(URI uri, int status, String body, List<URI> hops) {
        String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF field on " + uri + ":\n" + body);
            }
            return m.group(1) != null ? m.group(1) : m.group(2);
        }

        String path() {
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    /** Stops following redirects before the first hop for which this is true (that hop is not requested). */
    private java.util.function.Predicate<URI> stopBefore = u -> false;

    void stopBefore(java.util.function.Predicate<URI> stop) {
        this.stopBefore = stop;
    }

    /** Forgets the cookies of one host, as when its session has ended. */
    void forget(String host) {
        cookies.remove(host);
    }

    /** The value of one cookie this browser holds for a host, or null. */
    String cookie(String host, String name) {
        return cookies.getOrDefault(host, Map.of()).get(name);
    }

    Page get(String uri) {
        return follow(URI.create(uri), null, new ArrayList<>());
    }

    Page post(String uri, Map<String, String> form) {
        return follow(URI.create(uri), form, new ArrayList<>());
    }

    private Page follow(URI uri, Map<String, String> form, List<URI> hops) {
        URI current = uri;
        Map<String, String> body = form;
        for (int i = 0; i < 20; i++) {
            hops.add(current);
            HttpResponse<String> response = send(current, body);
            int status = response.statusCode();
            if (status / 100 != 3) {
                return new Page(current, status, response.body(), hops);
            }
            URI next = current.resolve(response.headers().firstValue("Location").orElseThrow());
            if (stopBefore.test(next)) {
                return new Page(next, status, "", hops);
            }
            current = next;
            body = null;
        }
        throw new AssertionError("more than 20 redirects: " + hops);
    }

    private HttpResponse<String> send(URI uri, Map<String, String> form) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Accept", "text/html");
        String cookie = cookies.getOrDefault(uri.getHost(), Map.of()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        if (form != null) {
            String encoded = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                Map<String, String> jar = cookies.computeIfAbsent(uri.getHost(), h -> new LinkedHashMap<>());
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new AssertionError("could not reach " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
