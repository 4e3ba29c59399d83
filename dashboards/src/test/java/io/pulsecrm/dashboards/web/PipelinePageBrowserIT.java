package io.pulsecrm.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.dashboards.support.BrowserTest;
import io.pulsecrm.dashboards.support.BuiltInRoles;
import io.pulsecrm.dashboards.support.SignedIn;
import io.pulsecrm.dashboards.support.SinkSimulator;
import io.pulsecrm.localstack.browser.HeadlessChromium;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The page in headless Chromium on the real local stack: figures follow ClickHouse without a reload. */
class PipelinePageBrowserIT extends BrowserTest {

    /** The funnel's figures as ECharts holds them: data item name → value (the open count). */
    private static final String CHART_FIGURES = """
            const chart = echarts.getInstanceByDom(document.getElementById('pipeline-chart'));
            if (!chart) return null;
            const option = chart.getOption();
            if (!option.series || !option.series.length) return null;
            return {
              title: option.title[0].text,
              data: Object.fromEntries(option.series[0].data.map(d => [d.name, d.value]))
            };
            """;

    private static final long OWNER = 7, DEPARTMENT = 1;

    private static SinkSimulator sink;
    private static SignedIn admin;

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        sink = SinkSimulator.onLocalStack("dashboards_browser_it");
        WarehouseRows rows = sink.rows();
        rows.stage(301, "资格审查", 1, "10.00");
        rows.stage(302, "方案报价", 2, "30.00");
        rows.stage(303, "商务谈判", 3, "60.00");
        deals(rows, 30_100, 301, 40, "20000.00");
        deals(rows, 30_200, 302, 11, "10000.00");
        rows.deal(30_211, 302, "15000.00", "OPEN", OWNER, DEPARTMENT);
        deals(rows, 30_300, 303, 5, "18000.00");
        sink.configure(registry);
        admin = sink.signIn(1, DEPARTMENT, BuiltInRoles.SUPER_ADMIN);
    }

    private static void deals(WarehouseRows rows, long firstId, long stageId, int count, String amount) {
        for (int i = 0; i < count; i++) {
            rows.deal(firstId + i, stageId, amount, "OPEN", OWNER, DEPARTMENT);
        }
    }

    @Test
    void funnelAndFiguresTableFollowNewDealsWithoutReload() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open(admin, "/");
        await().atMost(WAIT).until(() -> "12".equals(rowAttribute(302, "data-open-count")));
        await().atMost(WAIT).until(() -> chartCount("方案报价") == 12);
        browser.executeScript("window.loadedOnce = true;");

        sink.rows().deal(30_212, 302, "20000.00", "OPEN", OWNER, DEPARTMENT);
        sink.rows().deal(30_213, 302, "20000.00", "OPEN", OWNER, DEPARTMENT);
        Instant landed = sink.rows().deal(30_214, 302, "15000.00", "OPEN", OWNER, DEPARTMENT);

        await().atMost(WAIT).until(() -> "15".equals(rowAttribute(302, "data-open-count")));
        await().atMost(WAIT).until(() -> chartCount("方案报价") == 15);
        assertThat(browser.executeScript("return window.loadedOnce === true;")).as("no reload").isEqualTo(true);
        assertThat(rowAttribute(302, "data-open-amount")).isEqualTo("180000");
        assertThat(rowAttribute(302, "data-weighted-amount")).isEqualTo("54000");
        assertThat(rowCellText(302, "openAmount")).isEqualTo("180,000.00");
        // The figures may reach the page one poll before the watermark of the last row's sink_progress does.
        await().atMost(WAIT).until(() -> landed.equals(
                Instant.parse(browser.findElement(By.id("updated-at")).getDomAttribute("data-updated-at"))));
        assertThat(browser.findElement(By.id("status")).getDomAttribute("data-state")).isEqualTo("live");
        assertThat(rowOrder()).containsExactly("301", "302", "303");
        assertThat(chart().get("title")).isEqualTo("进行中商机漏斗");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("销售驾驶舱");

        HeadlessChromium.screenshot(browser, "pipeline-zh-CN");
    }

    @Test
    void englishPageFitsAPhoneAndShowsTheSameFigures() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        open(admin, "/?lang=en");

        await().atMost(WAIT).until(() -> "40".equals(rowAttribute(301, "data-open-count")));
        await().atMost(WAIT).until(() -> chartCount("资格审查") == 40);
        assertThat(chart().get("title")).isEqualTo("Open pipeline by stage");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sales dashboard");
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth;");
        Object viewport = browser.executeScript("return window.innerWidth;");
        assertThat(((Number) pageWidth).longValue()).as("no sideways scrolling").isLessThanOrEqualTo(((Number) viewport).longValue());

        HeadlessChromium.screenshot(browser, "pipeline-en-phone");
    }

    /** One data-* attribute of a stage's table row, read in one script call (the table is re-rendered live). */
    private String rowAttribute(long stageId, String attribute) {
        return (String) browser.executeScript(
                "const row = document.querySelector(`#pipeline-figures tbody tr[data-stage-id='${arguments[0]}']`);"
                        + "return row ? row.getAttribute(arguments[1]) : null;", stageId, attribute);
    }

    private String rowCellText(long stageId, String field) {
        return (String) browser.executeScript(
                "const cell = document.querySelector(`#pipeline-figures tbody tr[data-stage-id='${arguments[0]}'] [data-field='${arguments[1]}']`);"
                        + "return cell ? cell.textContent : null;", stageId, field);
    }

    @SuppressWarnings("unchecked")
    private List<String> rowOrder() {
        return (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('#pipeline-figures tbody tr')].map(tr => tr.dataset.stageId);");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> chart() {
        Object figures = browser.executeScript(CHART_FIGURES);
        return figures == null ? Map.of() : (Map<String, Object>) figures;
    }

    @SuppressWarnings("unchecked")
    private long chartCount(String stageName) {
        Object data = chart().get("data");
        if (!(data instanceof Map<?, ?> byName) || !(byName.get(stageName) instanceof Number n)) {
            return -1;
        }
        return n.longValue();
    }
}
