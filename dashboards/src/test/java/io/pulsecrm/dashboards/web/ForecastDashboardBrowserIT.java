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
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The forecast widgets in headless Chromium on the real local stack: the figures worked out by hand show, a click lists
 * as many records as the figure counts (each linking to oltp-app), a deal written to ClickHouse shows without reload,
 * a rep sees only their own, and an English phone fits.
 */
class ForecastDashboardBrowserIT extends BrowserTest {

    private static final long EAST = 41, REP = 51, OTHER = 52;
    private static final long COMMIT_STAGE = 61;
    private static final String JUNE = "from=2025-06-01&to=2025-06-30";
    private static final String COMMIT_JUNE = "#widget-forecast tbody tr[data-month='2025-06'][data-category='COMMIT']";

    private static SinkSimulator sink;
    private static SignedIn admin, rep;

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        sink = SinkSimulator.onLocalStack("dashboards_forecast_browser_it");
        sink.configure(registry);
        WarehouseRows rows = sink.rows();
        var logins = new OneTeam(EAST, REP, OTHER).writeTo(sink);
        admin = logins.admin();
        rep = logins.rep();
        rows.stage(COMMIT_STAGE, "谈判", 1, "80.00");
        // June: REP 1000 + OTHER 500 expected to close at 80 %, OTHER won 900.
        openDeal(rows, 7001, "1000.00", REP, "2025-06-20");
        openDeal(rows, 7002, "500.00", OTHER, "2025-06-05");
        rows.forecastCell(202506, REP, EAST, "OPEN", COMMIT_STAGE, "COMMIT", 1, "1000.00", "800.000000");
        rows.forecastCell(202506, OTHER, EAST, "OPEN", COMMIT_STAGE, "COMMIT", 1, "500.00", "400.000000");
        rows.row("opportunity", false, "id", 7003L, "name", "赢单 7003", "amount", new BigDecimal("900.00"), "stage_id",
                COMMIT_STAGE, "status", "WON", "owner_id", OTHER, "owner_dept_id", EAST, "closed_at",
                Instant.parse("2025-06-15T04:00:00Z"));
        rows.forecastCell(202506, OTHER, EAST, "WON", COMMIT_STAGE, "CLOSED", 1, "900.00", "900.000000");
        rows.forecastSnapshot(LocalDate.of(2025, 6, 1), 202506, REP, EAST, "OPEN", COMMIT_STAGE, "COMMIT", 2,
                "1500.00", "1200.000000");
        // On June 30th: 800 lacking 20 days after its due date, 300 not yet due.
        rows.receivable(1, 8001, REP, EAST, LocalDate.of(2025, 6, 10), "1000.00", "200.00", false);
        rows.receivable(2, 8002, OTHER, EAST, LocalDate.of(2025, 7, 15), "300.00", "0.00", false);
    }

    @Test
    void aFiguresRecordsAddUpToItAndANewDealShowsWithoutReload() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open(admin, "/?" + JUNE);
        await().atMost(WAIT).until(() -> "2".equals(attribute(COMMIT_JUNE, "data-deals")));
        assertThat(new BigDecimal(attribute(COMMIT_JUNE, "data-amount"))).isEqualByComparingTo("1500.00");
        assertThat(new BigDecimal(attribute(COMMIT_JUNE, "data-weighted"))).isEqualByComparingTo("1200.00");
        browser.executeScript("window.loadedOnce = true; document.getElementById('widget-forecast').scrollIntoView();");
        HeadlessChromium.screenshot(browser, "dashboard-forecast-widgets-zh-CN");

        click(COMMIT_JUNE + " button");
        await().atMost(WAIT).until(() -> "2".equals(records("data-total-items")));
        assertThat(new BigDecimal(records("data-total-amount"))).isEqualByComparingTo("1500.00");
        assertThat(browser.findElements(By.cssSelector("#records tbody tr"))).hasSize(2);
        assertThat(firstRecordLink())
                .endsWith("/app/opportunities/7001");
        HeadlessChromium.screenshot(browser, "dashboard-forecast-zh-CN");

        openDeal(sink.rows(), 7004, "250.00", REP, "2025-06-28");
        sink.rows().forecastCell(202506, REP, EAST, "OPEN", COMMIT_STAGE, "COMMIT", 2, "1250.00", "1000.000000");
        await().atMost(WAIT).until(() -> "3".equals(attribute(COMMIT_JUNE, "data-deals")));
        await().atMost(WAIT).until(() -> "3".equals(records("data-total-items")));
        assertThat(browser.executeScript("return window.loadedOnce === true;")).as("no reload").isEqualTo(true);
        assertThat(attribute("#widget-forecast [data-updated-at]", "data-updated-at")).isNotBlank();
    }

    @Test
    void anAgeingBucketAndAMonthsActualListTheirRecords() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open(admin, "/?" + JUNE);
        String overdue = "#widget-receivables tbody tr[data-bucket='DAYS_1_30']";
        await().atMost(WAIT).until(() -> "1".equals(attribute(overdue, "data-plans")));
        assertThat(new BigDecimal(attribute(overdue, "data-outstanding"))).isEqualByComparingTo("800.00");
        assertThat(attribute("#widget-receivables tbody tr[data-bucket='NOT_DUE']", "data-plans")).isEqualTo("1");

        click(overdue + " button");
        await().atMost(WAIT).until(() -> "1".equals(records("data-total-items")));
        assertThat(new BigDecimal(records("data-total-amount"))).isEqualByComparingTo("800.00");
        assertThat(firstRecordLink())
                .endsWith("/app/contracts/8001");

        String june = "#widget-accuracy tbody tr[data-month='2025-06']";
        assertThat(new BigDecimal(attribute(june, "data-forecast"))).isEqualByComparingTo("1200.00");
        assertThat(new BigDecimal(attribute(june, "data-won"))).isEqualByComparingTo("900.00");
        click(june + " button");
        await().atMost(WAIT).until(() -> "1".equals(records("data-total-items"))
                && String.valueOf(firstRecordLink()).endsWith("/7003"));
        assertThat(new BigDecimal(records("data-total-amount"))).isEqualByComparingTo("900.00");
    }

    @Test
    void aRepSeesOnlyTheirOwnForecast() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open(rep, "/?" + JUNE);
        await().atMost(WAIT).until(() -> attribute(COMMIT_JUNE, "data-deals") != null);
        assertThat(new BigDecimal(attribute(COMMIT_JUNE, "data-amount"))).isGreaterThanOrEqualTo(new BigDecimal("1000.00"))
                .isLessThan(new BigDecimal("1500.00"));
        assertThat(browser.findElements(By.cssSelector("#widget-forecast tbody tr[data-category='CLOSED']")))
                .as("the won deal is the other rep's").isEmpty();
        assertThat(attribute("#widget-receivables tbody tr[data-bucket='NOT_DUE']", "data-plans")).isEqualTo("0");
    }

    @Test
    void englishForecastFitsAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        open(admin, "/?lang=en&" + JUNE);
        await().atMost(WAIT).until(() -> attribute(COMMIT_JUNE, "data-deals") != null);
        assertThat(browser.findElement(By.cssSelector("#widget-forecast h2")).getText()).isEqualTo("Forecast by close month");
        browser.executeScript("document.getElementById('widget-forecast').scrollIntoView();");
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth;");
        Object viewport = browser.executeScript("return window.innerWidth;");
        assertThat(((Number) pageWidth).longValue()).as("no sideways scrolling")
                .isLessThanOrEqualTo(((Number) viewport).longValue());
        HeadlessChromium.screenshot(browser, "dashboard-forecast-en-phone");
    }

    /** Pushed views rebuild the tables: a button found just before one arrives may be gone when clicked. */
    private void click(String selector) {
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            browser.findElement(By.cssSelector(selector)).click();
            return true;
        });
    }

    private static void openDeal(WarehouseRows rows, long id, String amount, long owner, String closeDate) {
        rows.deal(id, COMMIT_STAGE, "商机 " + id, amount, "OPEN", owner, EAST, null, LocalDate.parse(closeDate), false);
    }
}
