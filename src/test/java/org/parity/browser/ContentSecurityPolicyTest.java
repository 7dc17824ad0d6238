package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page obeys the Content-Security-Policy (no inline style or script) in real Chromium, for every
 * kind of person. A violation is caught two ways: the page's securitypolicyviolation DOM event (listened
 * to by an init script, which the page's CSP does not govern) and Chromium's console error. Each person
 * visits the pages named in the issue, then every page those link to (one page per kind of address),
 * and each violation is reported with the page it happened on.
 */
class ContentSecurityPolicyTest extends BrowserTest {

    /** Records violations on the window, from the first byte of every document. */
    static final String LISTENER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at line ' + e.lineNumber"
            + " + ': ' + (e.sample || '')));";

    /** Runs after the document loaded: lets queued violation events be dispatched, then reads them. */
    static final String COLLECT =
            "() => new Promise(done => setTimeout(() => done(window.__cspViolations || ['no listener']), 0))";

    static final int MAX_PAGES = 60;

    private static boolean issued;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    private final List<String> console = new ArrayList<>();

    @BeforeEach
    void listenForViolations() {
        page.addInitScript(LISTENER);
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                console.add(m.text());
            }
        });
        issueReports();
    }

    @Test
    void signedOutPagesObeyThePolicy() {
        for (String path : List.of("/login", "/login?error", "/login?logout")) {
            visit(path);
        }
        assertThat(violations).as("CSP violations, by page").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "edi@kmpt", "lead@kmpt", "sponsor@kmpt", "board@kmpt", "ics@kent-medway"})
    void everyPageEachPersonOpensObeysThePolicy(String person) {
        signInAs(person);
        Set<String> kinds = crawl(List.of(
                "/",
                "/my/actions",
                "/my/decisions",
                "/organisations/kmpt/dashboard",
                "/actions",
                "/actions?q=recruitment",
                "/indicators",
                "/organisations/kmpt/indicators",
                "/organisations/kmpt/imports",
                "/organisations/kmpt/units",
                "/organisations/kmpt/plans/new",
                "/organisations/kmpt/report",
                "/organisations/ekhuft/report",
                "/systems/kent-medway/report",
                "/admin/users",
                "/no-such-page",
                "/actions/999999999",
                "/plans/999999999/edit"));
        assertThat(violations).as("CSP violations, by page, for %s", person).isEmpty();

        // the crawl reached the pages the issue names, so a clean result means something
        assertThat(kinds)
                .as("pages %s opened", person)
                .contains("/", "/organisations/kmpt/report", "/api/reports/{n}?format");
        if (person.startsWith("ics")) {
            assertThat(kinds).contains("/systems/kent-medway/report");
        }
        if (!person.startsWith("board")) {
            assertThat(kinds).contains("/plans/{n}", "/actions/{n}", "/organisations/kmpt/indicators/{code}");
        }
        if (person.equals("admin") || person.startsWith("edi")) {
            assertThat(kinds)
                    .contains(
                            "/organisations/kmpt/plans/new",
                            "/organisations/kmpt/imports",
                            "/organisations/kmpt/units",
                            "/organisations/kmpt/dashboard",
                            "/plans/{n}/edit",
                            "/actions/{n}/edit",
                            "/plans/{n}/themes/new",
                            "/themes/{n}/edit");
        }
        if (person.equals("admin")) {
            assertThat(kinds).contains("/admin/users/{n}", "/admin/users/new");
        }
    }

    /** The listener is not blind: an inline style and an inline script slipped into a real page are caught. */
    @Test
    void aViolationIsCaughtAndNamesItsPage() {
        signInAs("edi@kmpt");
        page.route(url("/my/actions"), route -> {
            APIResponse original = route.fetch();
            String body = original.text()
                    .replace("<main ", "<main style=\"outline: 3px solid red\" ")
                    .replace("</body>", "<script>document.title = 'inline';</script></body>");
            route.fulfill(new Route.FulfillOptions().setResponse(original).setBody(body));
        });
        visit("/my/actions");
        assertThat(violations).containsOnlyKeys("/my/actions");
        List<String> found = violations.get("/my/actions");
        assertThat(found).anyMatch(v -> v.startsWith("style-src") && v.contains("blocked inline"));
        assertThat(found).anyMatch(v -> v.startsWith("script-src") && v.contains("blocked inline"));
        assertThat(found).anyMatch(v -> v.startsWith("console:") && v.contains("Applying inline style violates"));
        assertThat(page.title()).isNotEqualTo("inline");
    }

    /** Signs in and waits for the person's home (a board reader's is their report page). */
    private void signInAs(String person) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(person);
        page.getByLabel("Password").fill(PASSWORD);
        page.waitForNavigation(() -> page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in"))
                .click());
        assertThat(page.url()).doesNotContain("/login");
    }

    /** One trust report and one system comparison issued (once), so every reader has an issued report to open. */
    private void issueReports() {
        if (issued) {
            return;
        }
        issue("edi@kmpt", "/api/organisations/kmpt/reports");
        issue("ics@kent-medway", "/api/systems/kent-medway/reports");
        issued = true;
    }

    private void issue(String person, String path) {
        APIRequestContext api = playwright
                .request()
                .newContext(
                        new APIRequest.NewContextOptions().setBaseURL(url("")).setHttpCredentials(person, PASSWORD));
        try {
            APIResponse response = api.post(
                    path,
                    RequestOptions.create()
                            .setTimeout(180_000) // renders every format, PDF included, on a shared machine
                            .setHeader("Content-Type", "application/json")
                            .setData("{\"standard\":\"WRES\"}"));
            assertThat(response.status()).as(response.text()).isEqualTo(201);
        } finally {
            api.dispose();
        }
    }

    /**
     * Opens the seeds, then what they link to (one page per kind of address); answers the kinds of page
     * that opened (answered below 400). Error pages (403, 404) are checked too but do not stand for their kind.
     */
    private Set<String> crawl(List<String> seeds) {
        Set<String> opened = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> queued = new java.util.HashSet<>();
        int visits = 0;
        while (!queue.isEmpty() && visits < MAX_PAGES) {
            String path = queue.removeFirst();
            int status = visit(path);
            visits++;
            if (status >= 400) {
                continue; // an error page: checked, but its links (back to itself) lead nowhere new
            }
            opened.add(kind(path));
            @SuppressWarnings("unchecked")
            List<String> links =
                    (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('a[href]'), a => a.href)");
            for (String link : links) {
                String local = local(link);
                if (local != null
                        && !seeds.contains(local)
                        && !opened.contains(kind(local))
                        && queued.add(kind(local))) {
                    queue.addLast(local);
                }
            }
        }
        return opened;
    }

    /** Opens the page, records its violations under its address, and answers its HTTP status. */
    private int visit(String path) {
        console.clear();
        com.microsoft.playwright.Response response = page.navigate(url(path));
        @SuppressWarnings("unchecked")
        List<String> found = new ArrayList<>((List<String>) page.evaluate(COLLECT));
        console.forEach(text -> found.add("console: " + text));
        if (!found.isEmpty()) {
            violations.put(path, found);
        }
        return response == null ? 0 : response.status();
    }

    /** The path and query of a link to a page of ours worth opening; null for others, downloads and sign-out. */
    private String local(String href) {
        URI uri = URI.create(href);
        if (!url("").equals(uri.getScheme() + "://" + uri.getAuthority())) {
            return null;
        }
        String path = uri.getRawPath();
        String query = uri.getRawQuery();
        if (path.startsWith("/logout") || path.startsWith("/camunda") || path.startsWith("/engine-rest")) {
            return null;
        }
        if (query != null && query.contains("format=") && !query.contains("format=html")) {
            return null; // a download, not a page
        }
        if (path.matches(".*\\.(xlsx|csv|zip|pdf|ics)$")) {
            return null; // a file (a template, a calendar), not a page
        }
        if (path.startsWith("/api/") && (query == null || !query.contains("format=html"))) {
            return null;
        }
        return query == null ? path : path + "?" + query;
    }

    /** The kind of page: numbers and indicator codes in the path stand for any, query by its names. */
    static String kind(String local) {
        int q = local.indexOf('?');
        String path = q < 0 ? local : local.substring(0, q);
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].matches("\\d+")) {
                segments[i] = "{n}";
            } else if (segments[i].matches("[0-9a-f]{8}-[0-9a-f-]+")) {
                segments[i] = "{id}";
            } else if (i > 0 && segments[i - 1].equals("indicators")) {
                segments[i] = "{code}";
            }
        }
        String kind = String.join("/", segments);
        if (q >= 0) {
            kind += "?"
                    + Arrays.stream(local.substring(q + 1).split("&"))
                            .map(p -> p.split("=", 2)[0])
                            .sorted()
                            .collect(Collectors.joining("&"));
        }
        return kind;
    }
}
