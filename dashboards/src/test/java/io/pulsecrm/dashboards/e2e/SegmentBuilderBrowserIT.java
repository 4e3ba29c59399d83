package io.pulsecrm.dashboards.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.localstack.browser.HeadlessChromium;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * What a marketer does with the segment builder, on the packaged product: logs in through oltp-app, builds a rule
 * (a condition, then a nested OR group) while the preview counts the customers by hand-known numbers, sees a wrong
 * value refused next to its field, saves the segment through oltp-app (CORS and CSRF from this page), waits for it to
 * come back through CDC with its members and trend, and fills a campaign's target list with them.
 */
class SegmentBuilderBrowserIT {

    private static final Duration THROUGH_CDC = Duration.ofSeconds(90);
    private static final Duration ON_PAGE = Duration.ofSeconds(20);
    private static final String PASSWORD = "e2e-marketer-password";

    private static FullStack stack;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        stack = FullStack.shared();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void marketerBuildsSavesAndTargetsASegment() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String region = "e2e区域-" + run; // only this test's customers are in it: the counts are known
        String industry = "e2e行业-" + run;
        long key = customer("甲 " + run, "KEY", "制造", region);
        long byIndustry = customer("乙 " + run, "NORMAL", industry, region);
        long retail = customer("丙 " + run, "NORMAL", "零售", region);
        customer("丁 " + run, "KEY", industry, "别处-" + run);

        var organization = new CrmOrganization(LocalStack.shared().postgres());
        String username = "e2e-xiaoting-" + run;
        organization.user(username, organization.department("e2e-市场部-" + run), "MARKETER", PASSWORD);
        OltpApi marketer = OltpApi.loggedIn(stack.oltp.baseUrl(), username, PASSWORD);
        long campaign = marketer.call("POST", "/api/v1/campaigns", Map.of("name", "e2e 活动 " + run, "channel", "EVENT",
                "budget", new BigDecimal("1000.00"), "startDate", LocalDate.now().toString(),
                "endDate", LocalDate.now().plusDays(30).toString())).get("id").asLong();

        logIn(username);
        browser.get(stack.dashboards.baseUrl() + "/segments");
        await().atMost(ON_PAGE).until(() -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(unexpectedConsoleErrors(browser)).as("console errors on the builder page").isEmpty();

        // one condition: region equals the run's region → its three customers, once they reached ClickHouse
        rootGroup().findElement(By.cssSelector(":scope > .group-actions .add-condition")).click();
        WebElement first = conditions().get(0);
        new Select(first.findElement(By.cssSelector("select.feature"))).selectByValue("region");
        first = conditions().get(0);
        new Select(first.findElement(By.cssSelector("select.operator"))).selectByValue("EQ");
        conditions().get(0).findElement(By.cssSelector("input.value")).sendKeys(region);
        await().atMost(THROUGH_CDC).until(() -> "3".equals(previewCount()));

        // AND (level is KEY OR industry is the run's industry) → the key customer and the one of that industry
        rootGroup().findElement(By.cssSelector(":scope > .group-actions .add-group")).click();
        WebElement nested = browser.findElement(By.cssSelector("#rule-root fieldset.group fieldset.group"));
        assertThat(new Select(nested.findElement(By.cssSelector("select.group-op"))).getFirstSelectedOption()
                .getDomAttribute("value")).isEqualTo("OR");
        new Select(nested.findElement(By.cssSelector(".condition select.feature"))).selectByValue("level");
        nested = browser.findElement(By.cssSelector("#rule-root fieldset.group fieldset.group"));
        new Select(nested.findElement(By.cssSelector(".condition select.operator"))).selectByValue("EQ");
        nested = browser.findElement(By.cssSelector("#rule-root fieldset.group fieldset.group"));
        new Select(nested.findElement(By.cssSelector(".condition select.value"))).selectByValue("KEY");
        await().atMost(ON_PAGE).until(() -> "1".equals(previewCount()));

        nested().findElement(By.cssSelector(":scope > .group-actions .add-condition")).click();
        WebElement second = nestedConditions().get(1);
        new Select(second.findElement(By.cssSelector("select.feature"))).selectByValue("industry");
        new Select(nestedConditions().get(1).findElement(By.cssSelector("select.operator"))).selectByValue("EQ");
        nestedConditions().get(1).findElement(By.cssSelector("input.value")).sendKeys(industry);
        await().atMost(ON_PAGE).until(() -> "2".equals(previewCount()));
        HeadlessChromium.screenshot(browser, "segment-builder-rule");

        // a wrong amount: the error stands next to the condition that holds it, and the count is not replaced
        nested().findElement(By.cssSelector(":scope > .group-actions .add-condition")).click();
        WebElement wrong = nestedConditions().get(2);
        new Select(wrong.findElement(By.cssSelector("select.feature"))).selectByValue("received_total");
        new Select(nestedConditions().get(2).findElement(By.cssSelector("select.operator"))).selectByValue("GT");
        nestedConditions().get(2).findElement(By.cssSelector("input.value")).sendKeys("1.234");
        await().atMost(ON_PAGE).until(() -> !nestedConditions().get(2).findElements(By.cssSelector(".field-error")).isEmpty());
        String error = nestedConditions().get(2).findElement(By.cssSelector(".field-error")).getText();
        assertThat(error).contains("2");
        assertThat(nestedConditions().get(2).findElement(By.cssSelector("input.value")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(nestedConditions().get(0).findElements(By.cssSelector(".field-error"))).isEmpty();
        HeadlessChromium.screenshot(browser, "segment-builder-invalid");
        nestedConditions().get(2).findElement(By.cssSelector("button.remove")).click();
        await().atMost(ON_PAGE).until(() -> "2".equals(previewCount()));
        assertThat(browser.findElements(By.cssSelector("#rule-root .field-error"))).isEmpty();

        // save through oltp-app; the segment comes back through CDC with its two members and a trend
        browser.findElement(By.id("segment-name")).sendKeys("e2e 重点或行业 " + run);
        browser.findElement(By.id("save-segment")).click();
        await().atMost(THROUGH_CDC).untilAsserted(() -> assertThat(browser.findElement(By.id("save-state"))
                .getDomAttribute("data-saved-id")).as("saved; the page says: %s",
                browser.findElement(By.id("save-state")).getText()).isNotNull());
        long segment = Long.parseLong(browser.findElement(By.id("save-state")).getDomAttribute("data-saved-id"));
        await().atMost(THROUGH_CDC).until(() -> "2".equals(listedMembers(segment)));
        await().atMost(ON_PAGE).until(() -> browser.findElement(By.id("trend-chart")).getDomAttribute("data-days") != null
                && !browser.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
        assertThat(browser.findElement(By.id("trend-chart")).getDomAttribute("data-days")).isEqualTo("30");
        await().atMost(THROUGH_CDC).until(() -> "2".equals(browser.findElement(By.id("detail-members")).getText()));

        // its members onto the campaign's target list, checked in oltp-app
        await().atMost(ON_PAGE).until(() -> !browser.findElements(
                By.cssSelector("#target-campaign option[value='" + campaign + "']")).isEmpty());
        new Select(browser.findElement(By.id("target-campaign"))).selectByValue(String.valueOf(campaign));
        browser.findElement(By.id("add-targets")).click();
        await().atMost(ON_PAGE).until(() -> "2".equals(browser.findElement(By.id("target-state")).getDomAttribute("data-added")));
        JsonNode targets = marketer.call("GET", "/api/v1/campaigns/" + campaign + "/targets?size=100", null);
        assertThat(StreamSupport.stream(targets.get("items").spliterator(), false)
                .map(t -> t.get("customerId").asLong()).toList()).containsExactlyInAnyOrder(key, byIndustry);
        HeadlessChromium.screenshot(browser, "segment-builder-saved");

        // its members as a file: the page's button downloads it with the login cookie; the same file, read here
        browser.findElement(By.id("export-csv")).click();
        await().atMost(ON_PAGE).until(() -> "csv".equals(
                browser.findElement(By.id("export-state")).getDomAttribute("data-downloaded")));
        String csv = String.valueOf(browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/segments/" + segment + "/members.csv').then(r => r.text()).then(done, e => done(String(e)));"));
        assertThat(csv.replace("\uFEFF", "").lines().toList()).hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith(key + ",甲 " + run + ","))
                .anySatisfy(line -> assertThat(line).startsWith(byIndustry + ",乙 " + run + ","));

        // live: a customer changed through oltp-app's API enters the segment, and the page shows it without a reload
        browser.executeScript("window.sameDocument = true;");
        int version = stack.api.call("GET", "/api/v1/customers/" + retail, null).get("customer").get("version").asInt();
        stack.api.call("PUT", "/api/v1/customers/" + retail, Map.of("name", "丙 " + run, "level", "NORMAL",
                "industry", industry, "region", region, "version", version));
        await().atMost(THROUGH_CDC).until(() -> "3".equals(listedMembers(segment)));
        await().atMost(ON_PAGE).until(() -> "3".equals(
                browser.findElement(By.id("detail-members")).getDomAttribute("data-members")));
        await().atMost(ON_PAGE).until(() -> "3".equals(
                browser.findElement(By.id("trend-chart")).getDomAttribute("data-members")));
        assertThat(browser.executeScript("return window.sameDocument === true;")).as("no reload").isEqualTo(true);
        HeadlessChromium.screenshot(browser, "segment-builder-live");
        assertThat(unexpectedConsoleErrors(browser)).as("console errors").isEmpty();
    }

    @Test
    void phoneInEnglishShowsTheBuilderWithoutSideways() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        var organization = new CrmOrganization(LocalStack.shared().postgres());
        String username = "e2e-marketer-en-" + run;
        organization.user(username, organization.department("e2e-marketing-" + run), "MARKETER", PASSWORD);
        ChromeDriver phone = HeadlessChromium.start("en-US,en");
        try {
            phone.manage().window().setSize(HeadlessChromium.PHONE);
            logIn(phone, username);
            phone.get(stack.dashboards.baseUrl() + "/segments");
            await().atMost(ON_PAGE).until(() -> "true".equals(phone.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            phone.findElement(By.cssSelector("#rule-root .add-condition")).click();
            await().atMost(ON_PAGE).until(() -> !phone.findElements(By.cssSelector("#rule-root .condition")).isEmpty());
            assertThat(phone.findElement(By.id("builder-heading")).getText()).isEqualTo("Rule");
            assertThat(phone.findElement(By.cssSelector("#rule-root .add-condition")).getText()).isEqualTo("+ Condition");
            assertThat(phone.findElement(By.cssSelector("#rule-root select.feature option:checked")).getText())
                    .isEqualTo("Days since last receipt");
            Object sideways = phone.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(sideways).as("page wider than the phone").isEqualTo(false);
            HeadlessChromium.screenshot(phone, "segment-builder-phone-en");
            assertThat(unexpectedConsoleErrors(phone)).as("console errors").isEmpty();
        } finally {
            phone.quit();
        }
    }

    /**
     * The console's errors but the preview's 400s: a rule still being typed (a condition without its value) is
     * previewed and refused by design, its errors shown next to the field, and Chrome logs every refused fetch.
     */
    private static List<String> unexpectedConsoleErrors(ChromeDriver driver) {
        return HeadlessChromium.consoleErrors(driver).stream()
                .filter(error -> !error.contains("/api/v1/segments/preview - Failed to load resource: the server "
                        + "responded with a status of 400"))
                .toList();
    }

    private long customer(String name, String level, String industry, String region) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "level", level, "industry", industry, "region", region));
        return stack.api.call("POST", "/api/v1/customers", body).get("id").asLong();
    }

    private static void logIn(String username) {
        logIn(browser, username);
    }

    /** As a marketer arrives: sent to oltp-app's login page, whose form sets the token cookie both apps read. */
    private static void logIn(ChromeDriver driver, String username) {
        driver.get(stack.dashboards.baseUrl() + "/segments");
        await().atMost(ON_PAGE).until(() -> driver.getCurrentUrl().startsWith(stack.oltp.baseUrl() + "/login?next="));
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        await().atMost(ON_PAGE).until(() -> driver.manage().getCookieNamed("PULSE_TOKEN") != null);
        HeadlessChromium.consoleErrors(driver); // oltp-app's login page is not what is tested here
    }

    private static WebElement rootGroup() {
        return browser.findElement(By.cssSelector("#rule-root > fieldset.group"));
    }

    private static List<WebElement> conditions() {
        return browser.findElements(By.cssSelector("#rule-root > fieldset.group > .condition"));
    }

    private static WebElement nested() {
        return browser.findElement(By.cssSelector("#rule-root fieldset.group fieldset.group"));
    }

    private static List<WebElement> nestedConditions() {
        return browser.findElements(By.cssSelector("#rule-root fieldset.group fieldset.group > .condition"));
    }

    private static String previewCount() {
        WebElement count = browser.findElement(By.id("preview-count"));
        return "ready".equals(count.getDomAttribute("data-state")) ? count.getDomAttribute("data-count") : null;
    }

    /** Read in one script: the live list re-renders as members change, so a cell found first may be gone when read. */
    private static String listedMembers(long segment) {
        return (String) browser.executeScript("const c = document.querySelector("
                + "`#segment-list tr[data-segment-id='${arguments[0]}'] td[data-members]`);"
                + " return c ? c.getAttribute('data-members') : null;", Long.toString(segment));
    }
}
