package io.pulsecrm.dashboards.support;

import io.pulsecrm.localstack.browser.HeadlessChromium;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboards' pages in headless Chromium, the app on a free port: one browser per test class, a way in as a
 * signed-in viewer, and a screenshot of what the browser showed when a test failed, for the person reading the report.
 * The subclass points the app at its data with {@code @DynamicPropertySource} ({@link SinkSimulator}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    protected static final Duration WAIT = Duration.ofSeconds(30);

    protected static ChromeDriver browser;

    @LocalServerPort protected int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                HeadlessChromium.screenshot(browser, "failed-" + context.getRequiredTestMethod().getName());
            } catch (Exception e) {
                cause.addSuppressed(e);
            }
        }
    };

    /** An attribute of the dashboard's records panel ({@code data-total-items}, …), read in the page. */
    protected String records(String attribute) {
        return (String) browser.executeScript("return document.getElementById('records').getAttribute(arguments[0]);",
                attribute);
    }

    /**
     * An attribute of the first element {@code selector} finds, or null when there is none, read in one script: pushed
     * views re-render their tables, so an element found first and read later may already be gone.
     */
    protected String attribute(String selector, String name) {
        return (String) browser.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;",
                selector, name);
    }

    /** Where the records panel's first row links to, or null while it lists none. */
    protected String firstRecordLink() {
        return attribute("#records tbody tr a", "href");
    }

    /**
     * Opens {@code path} signed in the way oltp-app's login leaves a browser: the token in the {@code PULSE_TOKEN}
     * cookie of this host (set from a public asset first, as a cookie needs a page of its host).
     */
    protected void open(SignedIn viewer, String path) {
        browser.get("http://127.0.0.1:" + port + "/css/pipeline.css");
        browser.manage().addCookie(new Cookie("PULSE_TOKEN", viewer.token()));
        browser.get("http://127.0.0.1:" + port + path);
    }
}
