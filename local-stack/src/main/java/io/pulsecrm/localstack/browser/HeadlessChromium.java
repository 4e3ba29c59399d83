package io.pulsecrm.localstack.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The browser of every module's browser tests: the machine's Chromium and chromedriver, headless, with a
 * fresh profile. Their paths are given explicitly so Selenium never looks for (or downloads) a browser
 * of its own — the machines these run on may have no internet. The browser's console is recorded so a
 * test can assert that the page broke no rule (a CSP violation, an uncaught error).
 *
 * <p>Selenium is a {@code provided} dependency of local-stack: a module using this class declares
 * {@code selenium-chrome-driver} (test scope) itself.
 */
public final class HeadlessChromium {

    /** Overridable where the binaries live elsewhere (e.g. {@code -Dcrm.browser.chromium=/opt/chrome/chrome}). */
    private static final Path CHROMIUM = Path.of(System.getProperty("crm.browser.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("crm.browser.chromedriver", "/usr/bin/chromedriver"));
    /** Relative to the module being tested: screenshots are that build's artifacts. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final Dimension DESKTOP = new Dimension(1280, 1000);
    public static final Dimension PHONE = new Dimension(390, 844);

    private HeadlessChromium() {
    }

    /** A Chinese user's browser (Accept-Language zh-CN), desktop-sized. */
    public static ChromeDriver start() throws IOException {
        return start("zh-CN,zh");
    }

    /** @param acceptLanguages what the browser sends as Accept-Language, e.g. "en-US,en" */
    public static ChromeDriver start(String acceptLanguages) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Chromium and chromedriver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + " (Debian: apt-get install -y chromium chromium-driver fonts-wqy-zenhei)");
        }
        Path profile = Files.createTempDirectory("pulse-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=" + acceptLanguages.split(",")[0], "--user-data-dir=" + profile);
        // --lang alone does not set Accept-Language when headless
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        driver.manage().window().setSize(DESKTOP);
        return driver;
    }

    public static Path screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * The console messages at SEVERE level since the last call (reading empties the browser's buffer):
     * uncaught errors, refused resources, CSP violations ("Refused to ...").
     */
    public static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
