package io.pulsecrm.dashboards.drilldown;

import static io.pulsecrm.dashboards.access.TestViewers.admin;
import static io.pulsecrm.dashboards.access.TestViewers.as;
import static io.pulsecrm.dashboards.access.TestViewers.withoutDashboardPermission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulsecrm.dashboards.WebTestConfig;
import io.pulsecrm.warehouse.query.OpenDeal;
import io.pulsecrm.warehouse.query.StageDeals;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The drill-down's contract on a warehouse the test controls: the answer, the refusals, nothing widened. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class DrillDownApiTest {

    private static final String DEALS = "/api/v1/charts/pipeline/deals";

    @Autowired MockMvc mvc;
    @Autowired FakeStageDeals warehouse;

    @AfterEach
    void warehouseBack() {
        warehouse.comeBack();
    }

    @Test
    void answersThePageOfDealsWithTotalsAndALinkToEachDealInOltpApp() throws Exception {
        warehouse.answer(new StageDeals(302, "方案报价", 21, new BigDecimal("181000.50"), List.of(
                new OpenDeal(9, "华东 ERP 升级", new BigDecimal("90000.50"), LocalDate.of(2026, 1, 31), 7, "张伟", 55L,
                        Instant.parse("2025-11-23T10:15:30.123Z")),
                new OpenDeal(8, "Gone owner", new BigDecimal("1000.00"), null, 4242, null, null,
                        Instant.parse("2025-11-22T08:00:00Z")))));

        mvc.perform(get(DEALS).with(as(admin())).param("stageId", "302").param("page", "1").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.stageId").value(302))
                .andExpect(jsonPath("$.stageName").value("方案报价"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(21))
                .andExpect(jsonPath("$.totalAmount").value(181000.50))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].id").value(9))
                .andExpect(jsonPath("$.items[0].name").value("华东 ERP 升级"))
                .andExpect(jsonPath("$.items[0].amount").value(90000.50))
                .andExpect(jsonPath("$.items[0].expectedCloseDate").value("2026-01-31"))
                .andExpect(jsonPath("$.items[0].ownerId").value(7))
                .andExpect(jsonPath("$.items[0].ownerName").value("张伟"))
                .andExpect(jsonPath("$.items[0].customerId").value(55))
                .andExpect(jsonPath("$.items[0].updatedAt").value("2025-11-23T10:15:30.123Z"))
                .andExpect(jsonPath("$.items[0].link").value("http://localhost:8080/app/opportunities/9"))
                .andExpect(jsonPath("$.items[1].ownerName").doesNotExist())
                .andExpect(jsonPath("$.items[1].link").value("http://localhost:8080/app/opportunities/8"));
        assertThat(warehouse.asked()).isEqualTo(new FakeStageDeals.Asked(302, ViewerScope.EVERYTHING, 1, 2));
    }

    @Test
    void pageAndSizeDefaultToTheFirstTwenty() throws Exception {
        warehouse.answer(new StageDeals(5, "S", 0, BigDecimal.ZERO, List.of()));

        mvc.perform(get(DEALS).with(as(admin())).param("stageId", "5")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));

        assertThat(warehouse.asked()).isEqualTo(new FakeStageDeals.Asked(5, ViewerScope.EVERYTHING, 0, 20));
    }

    @Test
    void aMissingStageIdIs400NamingIt() throws Exception {
        mvc.perform(get(DEALS).with(as(admin())).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:invalid-input"))
                .andExpect(jsonPath("$.title").value("Invalid request parameters"))
                .andExpect(jsonPath("$.detail").value("stageId: is required"))
                .andExpect(jsonPath("$.errors[0].field").value("stageId"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void everyBadParameterIsNamedInOneProblemInTheViewersLanguage() throws Exception {
        mvc.perform(get(DEALS).with(as(admin())).param("stageId", "0").param("page", "-1").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("请求参数无效"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("stageId", "page", "size")))
                .andExpect(jsonPath("$.errors[?(@.field == 'size')].message").value("必须是 1 到 100 之间的整数"))
                .andExpect(jsonPath("$.detail", containsString("stageId: 必须是正整数")));
    }

    @Test
    void stageIdsThatAreNoPositiveWholeNumbersAndSizesOutOfRangeAreRefused() throws Exception {
        for (String stageId : List.of("abc", "-3", "1.5", "1e3", "99999999999999999999")) {
            mvc.perform(get(DEALS).with(as(admin())).param("stageId", stageId))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("stageId"));
        }
        for (String size : List.of("0", "x", "1000")) {
            mvc.perform(get(DEALS).with(as(admin())).param("stageId", "1").param("size", size))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("size"));
        }
        mvc.perform(get(DEALS).with(as(admin())).param("stageId", "1").param("page", "two"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void anUnknownStageIs404NamingIt() throws Exception {
        mvc.perform(get(DEALS).with(as(admin())).param("stageId", "424242").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:stage-not-found"))
                .andExpect(jsonPath("$.detail").value("There is no pipeline stage 424242."))
                .andExpect(jsonPath("$.errors[0].field").value("stageId"));
    }

    @Test
    void parametersTryingToWidenTheScopeAreIgnored() throws Exception {
        warehouse.answer(new StageDeals(6, "S", 0, BigDecimal.ZERO, List.of()));

        mvc.perform(get(DEALS).with(as(admin())).param("stageId", "6").param("scope", "NONE").param("owners", "1"))
                .andExpect(status().isOk());

        assertThat(warehouse.asked().scope()).isEqualTo(ViewerScope.EVERYTHING); // the viewer's, from FakeViewerAccess
    }

    @Test
    void withoutDashboardPermissionIs403AndTheWarehouseIsNotAsked() throws Exception {
        warehouse.answer(new StageDeals(7, "S", 0, BigDecimal.ZERO, List.of()));
        mvc.perform(get(DEALS).with(as(admin())).param("stageId", "7")).andExpect(status().isOk());

        mvc.perform(get(DEALS).with(as(withoutDashboardPermission())).param("stageId", "8"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:forbidden"));
        assertThat(warehouse.asked().stageId()).isEqualTo(7);
    }

    @Test
    void clickHouseDownIs503Problem() throws Exception {
        warehouse.goDown();

        mvc.perform(get(DEALS).with(as(admin())).param("stageId", "1"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:warehouse-unavailable"));
    }
}
