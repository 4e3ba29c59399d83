package io.pulsecrm.dashboards.web;

import static io.pulsecrm.dashboards.access.TestViewers.admin;
import static io.pulsecrm.dashboards.access.TestViewers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulsecrm.dashboards.WebTestConfig;
import io.pulsecrm.dashboards.pipeline.FakePipelineWarehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class PipelinePageTest {

    private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    @Autowired MockMvc mvc;
    @Autowired FakePipelineWarehouse warehouse;

    @AfterEach
    void warehouseBack() {
        warehouse.comeBack();
    }

    @Test
    void pageIsChineseByDefault() throws Exception {
        mvc.perform(get("/").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"zh-CN\""),
                        containsString("<h1>销售驾驶舱</h1>"),
                        containsString("加权金额"),
                        containsString("data-dashboard-url=\"/api/v1/dashboard\""),
                        containsString("data-stream-url=\"/api/v1/stream\""),
                        containsString("data-drill-url=\"/api/v1/drill\""),
                        containsString("新增客户"), containsString("业绩目标完成率"), containsString("公海动态"),
                        containsString("data-deals-url=\"/api/v1/charts/pipeline/deals\""),
                        containsString("该阶段进行中的商机"),
                        containsString("href=\"/?lang=en\""))));
    }

    @Test
    void pageIsEnglishWhenAskedByParameterOrByAcceptLanguage() throws Exception {
        mvc.perform(get("/").with(as(admin())).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("<h1>Sales dashboard</h1>"))));
        mvc.perform(get("/").with(as(admin())).header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(content().string(containsString("<h1>Sales dashboard</h1>")));
    }

    @Test
    void pageLoadsEChartsAndItsScriptsFromTheAppNeverFromACdn() throws Exception {
        mvc.perform(get("/").with(as(admin())))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(content().string(allOf(
                        containsString("<script src=\"" + ECHARTS + "\"></script>"),
                        containsString("<script type=\"module\" src=\"/js/dashboard-page.js\"></script>"),
                        not(containsString("https://")))));
        mvc.perform(get(ECHARTS)).andExpect(status().isOk());
        for (String script : new String[] {"dashboard-page", "pipeline-widget", "sales-widgets", "records", "filters"}) {
            mvc.perform(get("/js/" + script + ".js")).andExpect(status().isOk());
        }
        mvc.perform(get("/js/figures-table.js")).andExpect(status().isOk());
        mvc.perform(get("/js/live-stream.js")).andExpect(status().isOk());
        mvc.perform(get("/js/drill-down.js")).andExpect(status().isOk());
    }

    @Test
    void pageStillLoadsWhenClickHouseIsUnavailable() throws Exception {
        warehouse.goDown();

        mvc.perform(get("/").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-msg-unavailable=\"分析数据仓库（ClickHouse）暂时无法访问")));
    }

    @Test
    void healthEndpointAnswers() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
