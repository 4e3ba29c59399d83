package io.pulsecrm.dashboards.pipeline;

import static io.pulsecrm.dashboards.pipeline.PipelineOptionBuilderTest.stage;
import static io.pulsecrm.dashboards.access.TestViewers.admin;
import static io.pulsecrm.dashboards.access.TestViewers.as;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulsecrm.dashboards.WebTestConfig;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class PipelineChartApiTest {

    @Autowired MockMvc mvc;
    @Autowired FakePipelineWarehouse warehouse;

    @Test
    void chartApiAnswersTheFunnelOptionTheFiguresAndTheTimeOfTheData() throws Exception {
        warehouse.sinkWrote(Instant.parse("2025-11-23T10:15:30.123Z"),
                stage(2, "方案报价", 2, "30", 12, "125000.00", "37500.00"),
                stage(1, "资格审查", 1, "10", 40, "800000.00", "80000.00"));

        mvc.perform(get("/api/v1/charts/pipeline").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.option.series[0].type").value("funnel"))
                .andExpect(jsonPath("$.option.series[0].data[0].name").value("资格审查"))
                .andExpect(jsonPath("$.option.title.text").value("进行中商机漏斗"))
                .andExpect(jsonPath("$.rows[0].stageId").value(1))
                .andExpect(jsonPath("$.rows[1].stageName").value("方案报价"))
                .andExpect(jsonPath("$.rows[1].openCount").value(12))
                .andExpect(jsonPath("$.rows[1].openAmount").value(125000.00))
                .andExpect(jsonPath("$.rows[1].weightedAmount").value(37500.00))
                .andExpect(jsonPath("$.rows[1].winRate").value(30))
                .andExpect(jsonPath("$.updatedAt").value("2025-11-23T10:15:30.123Z"));
    }

    @Test
    void chartApiTranslatesTheOptionForEnglishViewers() throws Exception {
        warehouse.sinkWrote(Instant.parse("2025-11-23T10:15:30Z"), stage(1, "Qualify", 1, "10", 4, "8000.00", "800.00"));

        mvc.perform(get("/api/v1/charts/pipeline").with(as(admin())).param("lang", "en"))
                .andExpect(jsonPath("$.option.title.text").value("Open pipeline by stage"));
        mvc.perform(get("/api/v1/charts/pipeline").with(as(admin())).header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(jsonPath("$.option.title.text").value("Open pipeline by stage"));
    }

    @Test
    void chartApiAnswers503ProblemWhenClickHouseIsUnavailable() throws Exception {
        warehouse.goDown();

        mvc.perform(get("/api/v1/charts/pipeline").with(as(admin())))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:warehouse-unavailable"))
                .andExpect(jsonPath("$.title").value("分析数据仓库不可用"))
                .andExpect(jsonPath("$.detail", startsWith("ClickHouse")));
        mvc.perform(get("/api/v1/charts/pipeline").with(as(admin())).param("lang", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Analytics warehouse unavailable"));
    }
}
