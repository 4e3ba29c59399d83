package io.pulsecrm.dashboards.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.localstack.browser.HeadlessChromium;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a manager sees: the dashboard, served by the packaged dashboards jar, follows a deal that a rep moves
 * through oltp-app's REST API — through the whole real pipeline — without reloading the page.
 */
class LiveDashboardBrowserIT {

    private static final Duration FIRST_CHANGE = Duration.ofSeconds(90);
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(5);

    private static FullStack stack;
    private static ChromeDriver browser;

    @BeforeAll
    static void openDashboard() throws Exception {
        stack = FullStack.shared();
        browser = HeadlessChromium.start();
    }

    /**
     * The way a manager arrives: the dashboards send an anonymous browser to oltp-app's login page, whose form sets
     * the token cookie for the host both apps share.
     */
    private static void logInThroughOltpApp() {
        browser.get(stack.dashboards.baseUrl() + "/");
        assertThat(browser.getCurrentUrl()).startsWith(stack.oltp.baseUrl() + "/login?next=");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(FullStack.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.manage().getCookieNamed("PULSE_TOKEN") != null);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void dealMovedThroughTheApiMovesOnTheChartWithoutReload() throws Exception {
        long from = stack.api.createStage(PipelineEndToEndIT.unique("浏览器-初访"), 940, "25.00");
        long to = stack.api.createStage(PipelineEndToEndIT.unique("浏览器-报价"), 941, "75.00");
        long deal = stack.api.createOpportunity("上海某科技有限公司", "8000.00", from);
        stack.api.createOpportunity("杭州某贸易公司", "2000.00", to);

        logInThroughOltpApp();
        browser.get(stack.dashboards.baseUrl() + "/");
        await().atMost(FIRST_CHANGE).until(() -> "1".equals(rowAttribute(from, "data-open-count")));
        await().atMost(VISIBLE_WITHIN).until(() -> "1".equals(rowAttribute(to, "data-open-count")));
        browser.executeScript("window.notReloaded = true;");
        long chartBefore = chartTotal();

        stack.api.moveToStage(deal, to);

        await().atMost(VISIBLE_WITHIN).until(() -> "0".equals(rowAttribute(from, "data-open-count")));
        await().atMost(VISIBLE_WITHIN).until(() -> "2".equals(rowAttribute(to, "data-open-count")));
        assertThat(rowAttribute(to, "data-open-amount")).isEqualTo("10000");
        assertThat(rowAttribute(to, "data-weighted-amount")).isEqualTo("7500");
        await().atMost(VISIBLE_WITHIN).until(() -> chartTotal() == chartBefore);
        assertThat(browser.executeScript("return window.notReloaded === true;")).as("page not reloaded").isEqualTo(true);

        HeadlessChromium.screenshot(browser, "e2e-live-dashboard");
    }

    private String rowAttribute(long stageId, String attribute) {
        return (String) browser.executeScript(
                "const row = document.querySelector(`#pipeline-figures tbody tr[data-stage-id='${arguments[0]}']`);"
                        + "return row ? row.getAttribute(arguments[1]) : null;", stageId, attribute);
    }

    /** Sum of the funnel's values as ECharts holds them: a move changes where a deal is, not how many there are. */
    private long chartTotal() {
        Object total = browser.executeScript("""
                const chart = echarts.getInstanceByDom(document.getElementById('pipeline-chart'));
                if (!chart || !chart.getOption().series.length) return -1;
                return chart.getOption().series[0].data.reduce((sum, d) => sum + Number(d.value), 0);
                """);
        return ((Number) total).longValue();
    }
}
