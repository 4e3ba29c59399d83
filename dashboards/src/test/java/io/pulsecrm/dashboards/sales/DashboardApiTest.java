package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.dashboards.access.TestViewers.admin;
import static io.pulsecrm.dashboards.access.TestViewers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulsecrm.dashboards.WebTestConfig;
import io.pulsecrm.dashboards.filter.DashboardFilterResolver;
import io.pulsecrm.dashboards.filter.FakeDirectory;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard and drill-down APIs on a fake warehouse: the brief's comparison, and every refusal of bad filters. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class DashboardApiTest {

    @Autowired MockMvc mvc;
    @Autowired FakeSalesWarehouse warehouse;
    @Autowired FakeDirectory directory;
    @Autowired DashboardFilterResolver resolver;

    @BeforeEach
    void organization() {
        directory.set(FakeDirectory.HEAD_OFFICE);
    }

    @Test
    void briefComparesEachFigureWithTheCustomRangeRightBeforeIt() throws Exception {
        var range = new DayRange(LocalDate.of(2025, 11, 11), LocalDate.of(2025, 11, 20));
        var before = new DayRange(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 10));
        warehouse.totals(SalesFact.SIGNED_CONTRACTS, range, new FactTotals(3, new BigDecimal("1500.00")));
        warehouse.totals(SalesFact.SIGNED_CONTRACTS, before, new FactTotals(2, new BigDecimal("1200.00")));
        warehouse.totals(SalesFact.NEW_CUSTOMERS, range, new FactTotals(4, FactTotals.NONE.amount()));

        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("from", "2025-11-11").param("to", "2025-11-20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filters.period").value("custom"))
                .andExpect(jsonPath("$.filters.previousFrom").value("2025-11-01"))
                .andExpect(jsonPath("$.widgets.brief.rows[0].fact").value("NEW_CUSTOMERS"))
                .andExpect(jsonPath("$.widgets.brief.rows[0].count").value(4))
                .andExpect(jsonPath("$.widgets.brief.rows[0].countChange").doesNotExist())
                .andExpect(jsonPath("$.widgets.brief.rows[3].fact").value("SIGNED_CONTRACTS"))
                .andExpect(jsonPath("$.widgets.brief.rows[3].amount").value(1500.00))
                .andExpect(jsonPath("$.widgets.brief.rows[3].previousAmount").value(1200.00))
                .andExpect(jsonPath("$.widgets.brief.rows[3].amountChange").value(25.0))
                .andExpect(jsonPath("$.widgets.brief.rows[3].countChange").value(50.0))
                .andExpect(jsonPath("$.widgets.brief.rows[3].drill.from").value("2025-11-11"))
                .andExpect(jsonPath("$.widgets.pipeline.option.series[0].type").value("funnel"))
                .andExpect(jsonPath("$.widgets.pool.option.series[0].type").value("bar"))
                .andExpect(jsonPath("$.widgets.trend.option.series[2].type").value("line"));
    }

    @Test
    void aMonthIsComparedWithTheMonthBefore() throws Exception {
        LocalDate today = resolver.today();
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("period", "month"))
                .andExpect(jsonPath("$.filters.from").value(today.withDayOfMonth(1).toString()))
                .andExpect(jsonPath("$.filters.previousFrom").value(today.withDayOfMonth(1).minusMonths(1).toString()))
                .andExpect(jsonPath("$.filters.previousTo").value(today.withDayOfMonth(1).minusDays(1).toString()));
    }

    @Test
    void malformedInvertedOrTooLongRangesAnswer400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("from", "2025-13-01").param("to", "2025-11-20"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("from", "2025-11-20").param("to", "2025-11-19")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.detail").value("to: must not be before from"));
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("from", "2015-01-01").param("to", "2025-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("period", "decade").param("dept", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[1].field").value("dept"));
        mvc.perform(get("/api/v1/stream").with(as(admin())).param("period", "custom"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aDepartmentOrEmployeeThatIsNotTheViewersAnswers403AndShowsNothing() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("dept", "99"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:out-of-scope"))
                .andExpect(jsonPath("$.code").value("out-of-scope"))
                .andExpect(jsonPath("$.errors[0].field").value("dept"))
                .andExpect(jsonPath("$.widgets").doesNotExist());
        mvc.perform(get("/api/v1/stream").with(as(admin())).param("emp", "12"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("emp"));
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "RECEIPTS").param("from", "2025-11-01")
                        .param("to", "2025-11-30").param("owner", "12"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
    }

    @Test
    void aChosenDepartmentNarrowsToItAndTheDepartmentsUnderIt() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("dept", "2").param("emp", "11"))
                .andExpect(status().isOk());
        assertThat(warehouse.lastFilter().departments()).isEqualTo(Set.of(2L, 3L));
        assertThat(warehouse.lastFilter().ownerId()).isEqualTo(11L);
    }

    @Test
    void aDrillDownReadsWithTheFiguresFilterTheClickedRowAndThePagesOwn() throws Exception {
        var range = new DayRange(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));
        warehouse.totals(SalesFact.POOL_EVENTS, range, new FactTotals(7, FactTotals.NONE.amount()));

        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "POOL_EVENTS").param("from", "2025-11-01")
                        .param("to", "2025-11-30").param("category", "CLAIM").param("department", "3").param("dept", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(7))
                .andExpect(jsonPath("$.size").value(20));
        assertThat(warehouse.lastFilter().departments()).isEqualTo(Set.of(3L));
        assertThat(warehouse.lastFilter().category()).isEqualTo("CLAIM");

        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "RECEIPTS").param("from", "2025-11-01")
                        .param("to", "2025-11-30").param("category", "CLAIM").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"))
                .andExpect(jsonPath("$.errors[1].field").value("size"));
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "EVERYTHING"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("fact", "from", "to")));
    }
}
