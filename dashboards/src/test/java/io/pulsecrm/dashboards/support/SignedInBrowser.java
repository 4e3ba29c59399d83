package io.pulsecrm.dashboards.support;

import io.pulsecrm.localstack.browser.HeadlessChromium;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium for a browser test class (register it as a static {@code @RegisterExtension} field): started
 * before the class, quit after it, with a screenshot of what it showed when a test failed, for the person reading the
 * report.
 */
public final class SignedInBrowser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private ChromeDriver driver;

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens {@code path} of the app on {@code port} signed in the way oltp-app's login leaves a browser: the token in
     * the {@code PULSE_TOKEN} cookie of this host (set from a public asset, as a cookie needs a page of its host).
     */
    public void open(int port, SignedIn viewer, String path) {
        driver.get("http://127.0.0.1:" + port + "/css/pipeline.css");
        driver.manage().addCookie(new Cookie("PULSE_TOKEN", viewer.token()));
        driver.get("http://127.0.0.1:" + port + path);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        driver = HeadlessChromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        try {
            HeadlessChromium.screenshot(driver, "failed-" + context.getRequiredTestMethod().getName());
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }
}
