package io.pulsecrm.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.dashboards.support.BrowserTest;
import io.pulsecrm.dashboards.support.BuiltInRoles;
import io.pulsecrm.dashboards.support.SignedIn;
import io.pulsecrm.dashboards.support.SinkSimulator;
import io.pulsecrm.localstack.browser.HeadlessChromium;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The drill-down in headless Chromium on the real local stack: a manager clicks a funnel stage (or its name in the
 * table, on a phone) and pages through the deals behind the figure, each linking to the deal in oltp-app.
 *
 * <p>The manager (DEPT_AND_CHILDREN in east) sees 25 open deals in 方案报价 (ids 40_001…40_025, amount = n × 1000),
 * not the 3 of west.
 */
class PipelineDrillDownBrowserIT extends BrowserTest {

    private static final String OLTP = "http://crm.test:8080";
    private static final long EAST = 11, WEST = 12, REP = 21, OTHER = 22, QUALIFY = 401, PROPOSAL = 402;

    private static SinkSimulator sink;
    private static SignedIn manager;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        sink = SinkSimulator.onLocalStack("dashboards_drill_browser_it").configure(registry);
        registry.add("crm.dashboards.oltp-public-url", () -> OLTP + "/");
        WarehouseRows rows = sink.rows();
        rows.department(EAST, BuiltInRoles.TOP_DEPARTMENT, false);
        rows.department(WEST, BuiltInRoles.TOP_DEPARTMENT, false);
        manager = sink.signIn(20, EAST, BuiltInRoles.SALES_MANAGER);
        rows.user(REP, EAST, 20L, true);
        rows.user(OTHER, WEST, null, true);
        rows.stage(QUALIFY, "资格审查", 1, "10.00");
        rows.stage(PROPOSAL, "方案报价", 2, "30.00");
        rows.deal(40_100, QUALIFY, "9000.00", "OPEN", REP, EAST);
        for (long n = 1; n <= 25; n++) {
            rows.deal(40_000 + n, PROPOSAL, "商机 " + n, (n * 1000) + ".00", "OPEN", REP, EAST, 7000 + n,
                    LocalDate.of(2026, 3, 1), false);
        }
        for (long n = 1; n <= 3; n++) {
            rows.deal(41_000 + n, PROPOSAL, "900000.00", "OPEN", OTHER, WEST);
        }
    }

    @Test
    void clickingAFunnelStageListsItsDealsPageByPageEachLinkingToOltpApp() throws Exception {
        browser.manage().window().setSize(HeadlessChromium.DESKTOP);
        open(manager, "/");
        await().atMost(WAIT).until(() -> funnelItemCenter("方案报价") != null);

        clickFunnel("方案报价");

        await().atMost(WAIT).until(() -> "shown".equals(drill("data-state")));
        assertThat(text("#drill-title")).isEqualTo("方案报价");
        assertThat(drill("data-total-items")).isEqualTo(figure(PROPOSAL, "data-open-count")).isEqualTo("25");
        assertThat(drill("data-total-amount")).isEqualTo(figure(PROPOSAL, "data-open-amount")).isEqualTo("325000");
        assertThat(text("[data-summary]")).isEqualTo("共 25 个商机 · 金额 325,000.00");
        assertThat(dealIds()).hasSize(20).startsWith(40_025L, 40_024L).endsWith(40_006L);
        WebElement first = browser.findElement(By.cssSelector("#drill-deals tbody tr a"));
        assertThat(first.getText()).isEqualTo("商机 25");
        assertThat(first.getDomAttribute("href")).isEqualTo(OLTP + "/app/opportunities/40025");
        assertThat(text("[data-page-of]")).isEqualTo("第 1 / 2 页");
        HeadlessChromium.screenshot(browser, "drill-down-zh-CN");

        browser.findElement(By.cssSelector("[data-next]")).click();

        await().atMost(WAIT).until(() -> dealIds().equals(List.of(40_005L, 40_004L, 40_003L, 40_002L, 40_001L)));
        assertThat(text("[data-page-of]")).isEqualTo("第 2 / 2 页");
        assertThat(browser.findElement(By.cssSelector("[data-next]")).isEnabled()).isFalse();
        // no CSP violation, no uncaught error (the stylesheet opened to set the cookie has no icon: the only 404)
        assertThat(HeadlessChromium.consoleErrors(browser)).filteredOn(m -> !m.contains("/favicon.ico")).isEmpty();
    }

    @Test
    void anOpenDrillDownFollowsNewDealsOfItsStage() {
        browser.manage().window().setSize(HeadlessChromium.DESKTOP);
        open(manager, "/");
        await().atMost(WAIT).until(() -> funnelItemCenter("资格审查") != null);
        clickFunnel("资格审查");
        await().atMost(WAIT).until(() -> dealIds().equals(List.of(40_100L)));

        sink.rows().deal(40_101, QUALIFY, "12000.00", "OPEN", REP, EAST);

        await().atMost(WAIT).until(() -> dealIds().equals(List.of(40_101L, 40_100L)));
        assertThat(drill("data-total-items")).isEqualTo(figure(QUALIFY, "data-open-count")).isEqualTo("2");
    }

    @Test
    void onAPhoneInEnglishTheStageNameInTheTableOpensTheDealsAsCards() throws Exception {
        browser.manage().window().setSize(HeadlessChromium.PHONE);
        open(manager, "/?lang=en");
        await().atMost(WAIT).until(() -> figure(PROPOSAL, "data-open-count") != null);

        // the figures table is redrawn whenever the live feed pushes: find and click again until one lands
        await().atMost(WAIT).ignoreException(org.openqa.selenium.StaleElementReferenceException.class).until(() -> {
            browser.findElement(By.cssSelector("#pipeline-figures [data-drill-stage='" + PROPOSAL + "']")).click();
            return true;
        });

        await().atMost(WAIT).until(() -> "shown".equals(drill("data-state")));
        assertThat(text(".drill-label")).isEqualTo("Open deals in this stage");
        assertThat(text("[data-summary]")).isEqualTo("25 deals · amount 325,000.00");
        assertThat(text("[data-page-of]")).isEqualTo("Page 1 of 2");
        assertThat(browser.findElement(By.cssSelector("#drill-deals tbody td.num")).getDomAttribute("data-label"))
                .isEqualTo("Amount");
        assertThat(browser.findElement(By.cssSelector("#drill-deals thead")).isDisplayed()).as("cards, no header").isFalse();
        Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) browser.executeScript("return window.innerWidth;");
        assertThat(pageWidth.longValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewport.longValue());
        HeadlessChromium.screenshot(browser, "drill-down-en-phone");

        browser.findElement(By.cssSelector("[data-close]")).click();
        assertThat(browser.findElement(By.id("drill-down")).isDisplayed()).isFalse();
    }

    /** A real mouse click on the funnel's canvas, at the middle of the stage's trapezoid as ECharts laid it out. */
    private void clickFunnel(String stageName) {
        List<Number> center = funnelItemCenter(stageName);
        WebElement chart = browser.findElement(By.id("pipeline-chart"));
        int x = (int) Math.round(center.get(0).doubleValue() - chart.getRect().getWidth() / 2.0);
        int y = (int) Math.round(center.get(1).doubleValue() - chart.getRect().getHeight() / 2.0);
        new Actions(browser).moveToElement(chart, x, y).click().perform();
    }

    @SuppressWarnings("unchecked")
    private List<Number> funnelItemCenter(String stageName) {
        return (List<Number>) browser.executeScript("""
                const chart = echarts.getInstanceByDom(document.getElementById('pipeline-chart'));
                const model = chart && chart.getModel(); // none before the first setOption
                const series = model && model.getSeriesByIndex(0);
                if (!series) return null;
                const data = series.getData();
                const index = data.indexOfName(arguments[0]);
                const layout = index < 0 ? null : data.getItemLayout(index);
                if (!layout || !layout.points) return null;
                const xs = layout.points.map(p => p[0]), ys = layout.points.map(p => p[1]);
                return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
                """, stageName);
    }

    @SuppressWarnings("unchecked")
    private List<Long> dealIds() {
        List<String> ids = (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('#drill-deals tbody tr')].map(tr => tr.dataset.dealId);");
        return ids.stream().map(Long::valueOf).toList();
    }

    private String drill(String attribute) {
        return browser.findElement(By.id("drill-down")).getDomAttribute(attribute);
    }

    private String text(String selector) {
        return (String) browser.executeScript("return document.querySelector(arguments[0]).textContent;", selector);
    }

    private String figure(long stageId, String attribute) {
        return (String) browser.executeScript(
                "const row = document.querySelector(`#pipeline-figures tbody tr[data-stage-id='${arguments[0]}']`);"
                        + "return row ? row.getAttribute(arguments[1]) : null;", stageId, attribute);
    }
}
