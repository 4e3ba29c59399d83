package io.pulsecrm.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.dashboards.support.BrowserTest;
import io.pulsecrm.dashboards.support.OneTeam;
import io.pulsecrm.dashboards.support.SignedIn;
import io.pulsecrm.dashboards.support.SinkSimulator;
import io.pulsecrm.localstack.browser.HeadlessChromium;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in headless Chromium on the real local stack: the URL's filters change the figures, a tile's records
 * add up to it, a contract written to ClickHouse shows without reload, a rep sees only their own, a phone fits.
 */
class SalesDashboardBrowserIT extends BrowserTest {

    private static final long EAST = 41, REP = 51, OTHER = 52;
    private static final String NOVEMBER = "from=2025-11-01&to=2025-11-30";

    private static SinkSimulator sink;
    private static SignedIn admin, rep;

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        sink = SinkSimulator.onLocalStack("dashboards_sales_browser_it");
        sink.configure(registry);
        WarehouseRows rows = sink.rows();
        var logins = new OneTeam(EAST, REP, OTHER).writeTo(sink);
        admin = logins.admin();
        rep = logins.rep();
        contract(rows, 6001, "2025-11-03", "1000.00", REP);
        contract(rows, 6002, "2025-11-04", "2500.50", OTHER);
        contract(rows, 6003, "2025-11-05", "499.50", OTHER);
    }

    @Test
    void aTilesRecordsAddUpToItAndANewContractShowsWithoutReload() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open(admin, "/?" + NOVEMBER);
        await().atMost(WAIT).until(() -> "3".equals(tile("SIGNED_CONTRACTS", "data-count")));
        assertThat(tile("SIGNED_CONTRACTS", "data-amount")).isEqualTo("4000");
        browser.executeScript("window.loadedOnce = true;");

        browser.findElement(By.cssSelector("[data-fact='SIGNED_CONTRACTS']")).click();
        await().atMost(WAIT).until(() -> "3".equals(records("data-total-items")));
        assertThat(new BigDecimal(records("data-total-amount"))).isEqualByComparingTo("4000.00");
        assertThat(browser.findElements(By.cssSelector("#records tbody tr"))).hasSize(3);
        assertThat(firstRecordLink())
                .endsWith("/app/contracts/6003");
        HeadlessChromium.screenshot(browser, "dashboard-zh-CN");

        contract(sink.rows(), 6004, "2025-11-20", "100.00", REP);
        await().atMost(WAIT).until(() -> "4".equals(tile("SIGNED_CONTRACTS", "data-count")));
        await().atMost(WAIT).until(() -> "4".equals(records("data-total-items")));
        assertThat(browser.executeScript("return window.loadedOnce === true;")).as("no reload").isEqualTo(true);
        assertThat(attribute("#widget-brief [data-updated-at]", "data-updated-at"))
                .isNotBlank();
    }

    @Test
    void theUrlsEmployeeNarrowsTheFiguresAndARepSeesOnlyTheirOwn() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open(admin, "/?" + NOVEMBER + "&emp=" + OTHER);
        await().atMost(WAIT).until(() -> "2".equals(tile("SIGNED_CONTRACTS", "data-count")));
        assertThat(tile("SIGNED_CONTRACTS", "data-amount")).isEqualTo("3000");

        open(rep, "/?" + NOVEMBER);
        await().atMost(WAIT).until(() -> tile("SIGNED_CONTRACTS", "data-amount") != null
                && new BigDecimal(tile("SIGNED_CONTRACTS", "data-amount")).compareTo(new BigDecimal("1000")) >= 0);
        assertThat(browser.findElements(By.cssSelector("#widget-leaderboard tbody tr")))
                .allSatisfy(tr -> assertThat(tr.getDomAttribute("data-user-id")).isEqualTo(Long.toString(REP)));

        open(rep, "/?" + NOVEMBER + "&emp=" + OTHER);
        await().atMost(WAIT).until(() -> "outOfScope".equals(
                browser.findElement(By.id("status")).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.cssSelector(".widgets")).isDisplayed()).isFalse();
    }

    @Test
    void englishDashboardFitsAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        open(admin, "/?lang=en&" + NOVEMBER);
        await().atMost(WAIT).until(() -> tile("SIGNED_CONTRACTS", "data-count") != null);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sales dashboard");
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth;");
        Object viewport = browser.executeScript("return window.innerWidth;");
        assertThat(((Number) pageWidth).longValue()).as("no sideways scrolling")
                .isLessThanOrEqualTo(((Number) viewport).longValue());
        HeadlessChromium.screenshot(browser, "dashboard-en-phone");
    }

    private String tile(String fact, String attribute) {
        return (String) browser.executeScript(
                "const t = document.querySelector(`[data-fact='${arguments[0]}']`); return t ? t.getAttribute(arguments[1]) : null;",
                fact, attribute);
    }

    private static void contract(WarehouseRows rows, long id, String signedOn, String amount, long owner) {
        rows.row("contract", false, "id", id, "number", "HT-" + id, "name", "合同 " + id, "customer_id", 1L,
                "status", "APPROVED", "signed_on", LocalDate.parse(signedOn), "total_amount", new BigDecimal(amount),
                "owner_id", owner, "owner_dept_id", EAST);
    }
}
