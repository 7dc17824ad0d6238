package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.parity.ParityTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium (Debian's, never downloaded) driven by Playwright against the shared test server.
 * Every page a journey visits is screenshotted under target/screenshots and scanned with axe-core:
 * a serious or critical WCAG 2.2 AA violation fails the test. Without Chromium the tests fail and say
 * how to install it — they never pass silently.
 */
@ParityTest
abstract class BrowserTest {

    static final String PASSWORD = "parity-demo";
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private String journey;
    private int shot;

    @BeforeAll
    static void launchChromium() {
        Path chromium = Paths.get(System.getenv().getOrDefault("PARITY_CHROMIUM", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as(
                        "Browser tests need Chromium at %s: run 'apt-get install -y chromium' (as .ci/run does) or set "
                                + "PARITY_CHROMIUM to a Chromium binary",
                        chromium)
                .isTrue();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext(TestInfo info) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900));
        page = context.newPage();
        journey = info.getTestMethod().map(m -> m.getName()).orElse("journey");
        shot = 0;
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(url("/"));
    }

    /** Screenshots the page and fails on serious or critical accessibility violations. */
    void check(String name) {
        screenshot(name);
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(BrowserTest::describe)
                .toList();
        assertThat(serious)
                .as("accessibility violations on %s (%s)", name, page.url())
                .isEmpty();
    }

    /** Screenshots the page only: for a page Parity does not write (a third party's), which axe does not judge. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", journey, ++shot, name))));
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .limit(3)
                        .map(n -> String.valueOf(n.getTarget()))
                        .toList();
    }
}
