package org.parity.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person signed in to Parity through the form, as a browser would: the session cookie is kept
 * and API writes carry the CSRF token of a page the session rendered. Signing in once avoids the
 * password hash that HTTP Basic would check on every call.
 */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private String csrf;

    private WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in (GET /login, POST /login) and reads a CSRF token from the home page for later writes. */
    static WebSession signIn(String base, String username, String password) {
        WebSession s = new WebSession(base);
        Response login = s.get("/login");
        String token = token(login.body());
        if (token == null) {
            throw new IllegalStateException("no CSRF token on /login (status " + login.status() + ")");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        Response posted = s.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.location();
        if (posted.status() != 302 || location == null || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + posted.status() + " " + location);
        }
        Response home = s.get("/");
        s.csrf = token(home.body());
        if (s.csrf == null) {
            throw new IllegalStateException("no CSRF token on / for " + username + " (status " + home.status() + ")");
        }
        return s;
    }

    /** The session cookie's value, for handing the signed-in session to another HTTP client. */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(java.net.HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    /** A CSRF token of this session (any rendered token is valid for the session). */
    String csrf() {
        return csrf;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String token(String html) {
        Matcher m = CSRF.matcher(html == null ? "" : html);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Response(int status, String body, String location) {
    }
}
