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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The funnel and campaign ROI widgets in headless Chromium on the real local stack (ClickHouse rows written as the sink
 * writes them): the hand-computed figures show, a step's and a campaign figure's records add up to it, the attribution
 * switch changes the credit, a change written to ClickHouse shows without reload, a rep sees their own only, a phone fits.
 */
class FunnelRoiDashboardBrowserIT extends BrowserTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long EAST = 41, REP = 51, OTHER = 52;
    private static final long PROPOSE = 701, NEGOTIATE = 702, EXPO = 601, SEARCH = 602;
    private static final String NOVEMBER = "from=2025-11-01&to=2025-11-30";

    private static SinkSimulator sink;
    private static SignedIn admin, rep;

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        sink = SinkSimulator.onLocalStack("dashboards_funnel_roi_browser_it");
        sink.configure(registry);
        WarehouseRows rows = sink.rows();
        var logins = new OneTeam(EAST, REP, OTHER).writeTo(sink);
        admin = logins.admin();
        rep = logins.rep();
        rows.stage(PROPOSE, "方案报价", 1, "30");
        rows.stage(NEGOTIATE, "商务谈判", 2, "60");
        // lead 1 (the rep's): in, qualified a day later, converted into customer 101 two days after that
        rows.funnelTransition("LEAD", 1, null, 0, "LEAD", 0, at(3), REP, EAST, 1L, null, null, false);
        rows.funnelTransition("LEAD", 1, "LEAD", 0, "QUALIFIED", 0, at(4), REP, EAST, 1L, 101L, 86_400_000L, false);
        rows.funnelTransition("LEAD", 1, "QUALIFIED", 0, "CUSTOMER", 0, at(6), REP, EAST, 1L, 101L, 172_800_000L, false);
        // lead 2 (the other rep's) only came in
        rows.funnelTransition("LEAD", 2, null, 0, "LEAD", 0, at(5), OTHER, EAST, 2L, null, null, false);
        // deal 201 (the rep's, customer 101) through both stages to won; deal 202 (the other's) lost from the first
        rows.funnelTransition("OPPORTUNITY", 201, null, 0, "OPPORTUNITY", 0, at(7), REP, EAST, null, 101L, null, false);
        rows.funnelTransition("OPPORTUNITY", 201, "OPPORTUNITY", 0, "STAGE", PROPOSE, at(7), REP, EAST, null, 101L, 0L, false);
        rows.funnelTransition("OPPORTUNITY", 201, "STAGE", PROPOSE, "STAGE", NEGOTIATE, at(9), REP, EAST, null, 101L,
                172_800_000L, false);
        rows.funnelTransition("OPPORTUNITY", 201, "STAGE", NEGOTIATE, "WON", 0, at(20), REP, EAST, null, 101L,
                950_400_000L, false);
        rows.funnelTransition("OPPORTUNITY", 202, null, 0, "OPPORTUNITY", 0, at(8), OTHER, EAST, null, 102L, null, false);
        rows.funnelTransition("OPPORTUNITY", 202, "OPPORTUNITY", 0, "STAGE", PROPOSE, at(8), OTHER, EAST, null, 102L, 0L, false);
        rows.funnelTransition("OPPORTUNITY", 202, "STAGE", PROPOSE, "LOST", 0, at(10), OTHER, EAST, null, 102L,
                172_800_000L, false);
        // Campaigns: the expo's lead became customer 101, whose deal 201 names the search campaign. So first touch
        // credits the expo with the deal, its contract and its receipt; last touch the search campaign.
        rows.campaign(EXPO, "华东展会", LocalDate.of(2025, 11, 1), REP, EAST, false);
        rows.campaign(SEARCH, "Search ads", LocalDate.of(2025, 10, 15), OTHER, EAST, false);
        rows.row("lead", false, "id", 1L, "company", "星海科技", "source", "EVENT", "campaign_id", EXPO, "status", "CONVERTED",
                "owner_id", REP, "owner_dept_id", EAST, "created_at", at(3));
        rows.row("customer", false, "id", 101L, "name", "星海科技", "level", "NORMAL", "source", "EVENT", "lead_id", 1L,
                "deal_status", "DEAL", "owner_id", REP, "owner_dept_id", EAST, "created_at", at(6));
        rows.row("opportunity", false, "id", 201L, "name", "星海 ERP", "amount", new BigDecimal("5000.00"), "stage_id",
                NEGOTIATE, "status", "WON", "customer_id", 101L, "campaign_id", SEARCH, "owner_id", REP, "owner_dept_id",
                EAST, "created_at", at(7), "closed_at", at(20));
        rows.row("opportunity", false, "id", 202L, "name", "蓝鲸 CRM", "amount", new BigDecimal("800.00"), "stage_id",
                PROPOSE, "status", "LOST", "customer_id", 102L, "owner_id", OTHER, "owner_dept_id", EAST,
                "created_at", at(8), "closed_at", at(10));
        rows.row("contract", false, "id", 4001L, "number", "HT-4001", "name", "ERP", "customer_id", 101L, "opportunity_id",
                201L, "status", "APPROVED", "signed_on", LocalDate.of(2025, 11, 21), "total_amount",
                new BigDecimal("5000.00"), "owner_id", REP, "owner_dept_id", EAST);
        receipt(rows, 5001, "1200.00", 22);
        rows.campaignRoi("first_touch", EXPO, "1000.00", 1L, 1L, "5000.00", 1L, "5000.00", 1L, "5000.00", 1L, "1200.00");
        rows.campaignRoi("first_touch", SEARCH, "500.00", 0L, 0L, "0.00", 0L, "0.00", 0L, "0.00", 0L, "0.00");
        rows.campaignRoi("last_touch", EXPO, "1000.00", 1L, 0L, "0.00", 0L, "0.00", 0L, "0.00", 0L, "0.00");
        rows.campaignRoi("last_touch", SEARCH, "500.00", 0L, 1L, "5000.00", 1L, "5000.00", 1L, "5000.00", 1L, "1200.00");
    }

    @Test
    void theFunnelShowsItsFiguresAStepsEntriesAddUpToItAndANewEntryShowsWithoutReload() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        open(admin, "/?" + NOVEMBER);
        await().atMost(WAIT).until(() -> "2".equals(step("[data-step='LEAD']", "data-entries")));
        assertThat(step("[data-step='LEAD']", "data-conversion")).isEqualTo("50");
        assertThat(step("[data-step='QUALIFIED']", "data-entries")).isEqualTo("1");
        assertThat(step("[data-step='OPPORTUNITY']", "data-entries")).isEqualTo("2");
        assertThat(step("[data-stage-id='701']", "data-entries")).isEqualTo("2");
        assertThat(step("[data-stage-id='701']", "data-conversion")).isEqualTo("50");
        assertThat(step("[data-stage-id='702']", "data-conversion")).isEqualTo("100");
        assertThat(step("[data-step='WON']", "data-entries")).isEqualTo("1");
        assertThat(step("[data-step='LOST']", "data-aside")).isEqualTo("true");
        assertThat(browser.executeScript("return document.querySelector(arguments[0]).textContent;",
                "#widget-funnel tr[data-stage-id='701'] td:nth-child(4)")).as("median time in the first stage: two days")
                .isEqualTo("2 天");
        browser.executeScript("window.loadedOnce = true;");

        click("#widget-funnel tr[data-stage-id='701'] button");
        await().atMost(WAIT).until(() -> "2".equals(records("data-total-items")));
        await().atMost(WAIT).until(() -> Long.valueOf(2).equals(script("return document.querySelectorAll('#records tbody tr').length;")));
        assertThat((String) script("return document.querySelector('#records tbody tr a').getAttribute('href');"))
                .endsWith("/app/opportunities/202");
        screenshot("dashboard-funnel-zh-CN");

        sink.rows().funnelTransition("OPPORTUNITY", 203, "OPPORTUNITY", 0, "STAGE", PROPOSE, at(12), REP, EAST, null,
                101L, 0L, false);
        await().atMost(WAIT).until(() -> "3".equals(step("[data-stage-id='701']", "data-entries")));
        await().atMost(WAIT).until(() -> "3".equals(records("data-total-items")));
        assertThat(browser.executeScript("return window.loadedOnce === true;")).as("no reload").isEqualTo(true);
        assertThat(attribute("#widget-funnel [data-updated-at]", "data-updated-at"))
                .isNotBlank();
    }

    @Test
    void theSwitchChangesWhichCampaignTheMoneyIsCreditedToAndAFiguresRecordsAddUpToIt() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        open(admin, "/?" + NOVEMBER);
        await().atMost(WAIT).until(() -> "1200".equals(campaign(EXPO, "data-received")));
        assertThat(new BigDecimal(campaign(EXPO, "data-roi"))).isEqualByComparingTo("0.2");
        assertThat(campaign(SEARCH, "data-received")).isEqualTo("0");
        assertThat(attribute("#widget-roi [data-roi='first']", "aria-current"))
                .isEqualTo("true");

        click("#widget-roi tr[data-campaign-id='601'] td:nth-child(8) button");
        await().atMost(WAIT).until(() -> "1".equals(records("data-total-items")));
        assertThat(new BigDecimal(records("data-total-amount"))).isEqualByComparingTo("1200.00");
        assertThat((String) script("return document.querySelector('#records tbody tr a').getAttribute('href');"))
                .endsWith("/app/contracts/4001");

        browser.findElement(By.cssSelector("#widget-roi [data-roi='last']")).click();
        await().atMost(WAIT).until(() -> "1200".equals(campaign(SEARCH, "data-received")));
        assertThat(browser.getCurrentUrl()).contains("roi=last").contains("from=2025-11-01");
        assertThat(campaign(EXPO, "data-received")).isEqualTo("0");
        browser.executeScript("window.loadedOnce = true;");
        screenshot("dashboard-roi-last-touch");

        // one more receipt on the deal, as the mirrors and the stream's aggregate would both have it
        receipt(sink.rows(), 5002, "300.00", 23);
        sink.rows().campaignRoi("last_touch", SEARCH, "500.00", 0L, 1L, "5000.00", 1L, "5000.00", 1L, "5000.00", 2L,
                "1500.00");
        await().atMost(WAIT).until(() -> "1500".equals(campaign(SEARCH, "data-received")));
        assertThat(browser.executeScript("return window.loadedOnce === true;")).as("no reload").isEqualTo(true);
        click("#widget-roi tr[data-campaign-id='602'] td:nth-child(8) button");
        await().atMost(WAIT).until(() -> "2".equals(records("data-total-items")));
        assertThat(new BigDecimal(records("data-total-amount"))).isEqualByComparingTo("1500.00");
    }

    @Test
    void aRepSeesTheirOwnTransitionsAndCampaignsOnly() {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        open(rep, "/?" + NOVEMBER);
        await().atMost(WAIT).until(() -> "1".equals(step("[data-step='LEAD']", "data-entries")));
        assertThat(step("[data-step='LOST']", "data-entries")).isEqualTo("0");
        assertThat(script("return [...document.querySelectorAll('#widget-roi tbody tr')].map(r => r.dataset.campaignId);"))
                .isEqualTo(List.of(Long.toString(EXPO)));
    }

    @Test
    void englishFunnelAndRoiFitAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        open(admin, "/?lang=en&roi=last&" + NOVEMBER);
        await().atMost(WAIT).until(() -> step("[data-step='LEAD']", "data-entries") != null);
        assertThat(browser.findElement(By.cssSelector("#widget-funnel h2")).getText()).isEqualTo("Sales funnel");
        assertThat(attribute("#widget-roi [data-roi='last']", "aria-current"))
                .isEqualTo("true");
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth;");
        Object viewport = browser.executeScript("return window.innerWidth;");
        assertThat(((Number) pageWidth).longValue()).as("no sideways scrolling")
                .isLessThanOrEqualTo(((Number) viewport).longValue());
        browser.executeScript("document.getElementById('widget-funnel').scrollIntoView();");
        screenshot("dashboard-funnel-en-phone");
        browser.executeScript("document.getElementById('widget-roi').scrollIntoView();");
        screenshot("dashboard-roi-en-phone");
    }

    /** In one script: a pushed update re-renders the tables, so an element found a moment earlier may be gone. */
    /** The charts drawn at once in their final state (not mid-animation after a push), then the picture. */
    private static void screenshot(String name) throws Exception {
        script("document.querySelectorAll('[data-chart]').forEach((el) => { const c = echarts.getInstanceByDom(el);"
                + " if (c) { const o = c.getOption(); o.animation = false; c.setOption(o, true); } });");
        HeadlessChromium.screenshot(browser, name);
    }

    private static Object script(String js) {
        return browser.executeScript(js);
    }

    private void click(String selector) {
        browser.executeScript("document.querySelector(arguments[0]).click();", selector);
    }

    private String step(String selector, String attribute) {
        return (String) browser.executeScript("const r = document.querySelector(`#widget-funnel tbody tr${arguments[0]}`);"
                + " return r ? r.getAttribute(arguments[1]) : null;", selector, attribute);
    }

    private String campaign(long id, String attribute) {
        return (String) browser.executeScript("const r = document.querySelector(`#widget-roi tr[data-campaign-id='${arguments[0]}']`);"
                + " return r ? r.getAttribute(arguments[1]) : null;", Long.toString(id), attribute);
    }

    private static void receipt(WarehouseRows rows, long id, String amount, int day) {
        rows.row("receipt", false, "id", id, "number", "HK-" + id, "contract_id", 4001L, "customer_id", 101L, "amount",
                new BigDecimal(amount), "received_on", LocalDate.of(2025, 11, day), "method", "BANK_TRANSFER",
                "owner_id", REP, "owner_dept_id", EAST);
    }

    private static Instant at(int day) {
        return LocalDateTime.of(2025, 11, day, 10, 0).atZone(SHANGHAI).toInstant();
    }
}
