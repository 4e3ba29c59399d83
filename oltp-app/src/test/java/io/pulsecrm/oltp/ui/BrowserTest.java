package io.pulsecrm.oltp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import io.pulsecrm.localstack.browser.HeadlessChromium;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reps' UI in headless Chromium against the app on a real port and the real PostgreSQL. Subclasses
 * get the API helpers of {@link ApiIntegrationTest} to arrange data (as the admin or any test user) and
 * drive the page like a user: through the login page, clicks and typing, never by calling page code.
 * One browser per class; each test starts logged out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest extends ApiIntegrationTest {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static ChromeDriver browser;

    @LocalServerPort
    protected int port;

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

    /** What the browser showed when a test failed, for whoever reads the report. */
    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                HeadlessChromium.screenshot(browser, "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
                cause.addSuppressed(new AssertionError("console: " + HeadlessChromium.consoleErrors(browser)));
            } catch (Exception e) {
                cause.addSuppressed(e);
            }
        }
    };

    @BeforeEach
    void loggedOutDesktop() {
        browser.manage().window().setSize(HeadlessChromium.DESKTOP);
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
        HeadlessChromium.consoleErrors(browser);
    }

    /**
     * A customer of the user's, or null while the customers API is not merged: deals had no customer
     * then, and have to have one after.
     */
    protected Long customerOf(long userId, String name) {
        token = users.tokenOf(userId);
        MvcTestResult created = post("/api/v1/customers", """
                {"name": "%s"}""".formatted(name));
        int status = created.getResponse().getStatus();
        if (status == HttpStatus.NOT_FOUND.value() || status == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return null;
        }
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    /** A deal of the user's in the stage, with the customer when there is one. */
    protected long dealOf(long userId, Long customerId, String name, String amount, long stageId) {
        token = users.tokenOf(userId);
        MvcTestResult created = post("/api/v1/opportunities", """
                {"name": "%s", "amount": %s, "stageId": %d%s}""".formatted(name, amount, stageId,
                customerId == null ? "" : ", \"customerId\": " + customerId));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Logs in through the login page and waits for the app to be ready where it lands. */
    protected void logIn(String username, String password) {
        browser.get(url("/login"));
        type(By.id("username"), username);
        type(By.id("password"), password);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitReady();
    }

    protected void logInAs(long userId) {
        logIn(users.username(userId), io.pulsecrm.oltp.support.TestUsers.PASSWORD);
    }

    protected void logInAsAdmin() {
        logIn("admin", ADMIN_PASSWORD);
    }

    /** Opens a path of the app (a full page load) and waits until it has rendered. */
    protected void open(String path) {
        browser.get(url(path));
        waitReady();
    }

    protected void waitReady() {
        until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        until(driver -> driver.findElements(By.cssSelector(".table-card.loading, .view:empty")).isEmpty());
    }

    /** Waits for the condition; an element the page re-rendered meanwhile is looked up again. */
    protected <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    protected WebElement visible(By by) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void click(By by) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    protected void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Sets a date input. Typing into one follows the browser's own date format (not the page's), so
     * the value is set as the date picker would set it, with the events it sends.
     */
    protected void setDate(By by, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("""
                const input = arguments[0];
                input.value = arguments[1];
                input.dispatchEvent(new Event('input', {bubbles: true}));
                input.dispatchEvent(new Event('change', {bubbles: true}));""", visible(by), isoDate);
    }

    protected String text(By by) {
        return visible(by).getText();
    }

    protected List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    protected String path() {
        return (String) ((JavascriptExecutor) browser).executeScript("return location.pathname + location.search");
    }

    protected void windowSize(Dimension size) {
        browser.manage().window().setSize(size);
    }

    protected void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
    }

    /** The page broke no rule: no CSP violation, no uncaught script error (404s of absent APIs are fine). */
    protected void assertNoScriptErrors() {
        List<String> errors = HeadlessChromium.consoleErrors(browser).stream()
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }
}
