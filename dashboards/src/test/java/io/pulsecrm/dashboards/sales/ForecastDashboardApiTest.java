package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.dashboards.access.TestViewers.admin;
import static io.pulsecrm.dashboards.access.TestViewers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulsecrm.dashboards.WebTestConfig;
import io.pulsecrm.dashboards.filter.FakeDirectory;
import io.pulsecrm.warehouse.query.ForecastFigures;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The forecast widgets in the dashboard API and their drill-downs through {@code /api/v1/drill}, on fake warehouses:
 * the figures with what each click lists, texts in the viewer's language, the filters passed down, and every 400.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class ForecastDashboardApiTest {

    private static final String FROM = "2025-06-01", TO = "2025-06-30";

    @Autowired MockMvc mvc;
    @Autowired FakeForecastWarehouse forecast;
    @Autowired FakeSalesWarehouse facts;
    @Autowired FakeDirectory directory;

    @BeforeEach
    void organization() {
        directory.set(FakeDirectory.HEAD_OFFICE);
        forecast.cells(new ForecastFigures(202506, "COMMIT", 2, new BigDecimal("1500.00"), new BigDecimal("1200.00")),
                new ForecastFigures(202506, "CLOSED", 1, new BigDecimal("900.00"), new BigDecimal("900.00")));
    }

    @Test
    void theDashboardCarriesTheThreeForecastWidgetsWithWhatEachFigureDrillsInto() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("from", FROM).param("to", TO).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.widgets.forecast.rows.months[0].month").value("2025-06"))
                .andExpect(jsonPath("$.widgets.forecast.rows.months[0].cells.COMMIT.deals").value(2))
                .andExpect(jsonPath("$.widgets.forecast.rows.months[0].cells.COMMIT.drill.fact").value("FORECAST_OPEN"))
                .andExpect(jsonPath("$.widgets.forecast.rows.months[0].cells.COMMIT.drill.category").value("COMMIT"))
                .andExpect(jsonPath("$.widgets.forecast.rows.months[0].cells.CLOSED.drill.fact").value("FORECAST_WON"))
                .andExpect(jsonPath("$.widgets.forecast.rows.months[5].month").value("2025-11"))
                .andExpect(jsonPath("$.widgets.forecast.option.series[1].name").value("Commit"))
                .andExpect(jsonPath("$.widgets.receivables.rows.asOf").value(TO))
                .andExpect(jsonPath("$.widgets.receivables.rows.buckets[4].bucket").value("OVER_90"))
                .andExpect(jsonPath("$.widgets.receivables.rows.buckets[4].drill.fact").value("RECEIVABLES"))
                .andExpect(jsonPath("$.widgets.receivables.rows.buckets[4].drill.to").value("2025-03-31"))
                .andExpect(jsonPath("$.widgets.receivables.option.title.text").value("Outstanding on 2025-06-30"))
                .andExpect(jsonPath("$.widgets.accuracy.rows.year").value(2025))
                .andExpect(jsonPath("$.widgets.accuracy.rows.months[5].won").value(900.00))
                .andExpect(jsonPath("$.widgets.accuracy.rows.months[5].drill.from").value(FROM))
                .andExpect(jsonPath("$.widgets.accuracy.option.series[*].id").value(Matchers.contains("forecast", "actual")));
    }

    @Test
    void theFiltersNarrowTheForecastAsEveryOtherWidget() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("from", FROM).param("to", TO).param("dept", "2")
                        .param("emp", "11"))
                .andExpect(status().isOk());
        assertThat(forecast.lastFilter().departments()).isEqualTo(Set.of(2L, 3L));
        assertThat(forecast.lastFilter().ownerId()).isEqualTo(11L);
    }

    @Test
    void aForecastDrillDownIsReadWithTheCategoryClickedAndAnswersTheFiguresTotal() throws Exception {
        var june = new DayRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        facts.totals(SalesFact.FORECAST_OPEN, june, new FactTotals(2, new BigDecimal("1500.00")));

        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "FORECAST_OPEN").param("from", FROM)
                        .param("to", TO).param("category", "COMMIT").param("dept", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fact").value("FORECAST_OPEN"))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.totalAmount").value(1500.00));
        assertThat(facts.lastFilter().category()).isEqualTo("COMMIT");
        assertThat(facts.lastFilter().departments()).isEqualTo(Set.of(3L));
    }

    @Test
    void aCategoryTheForecastFactDoesNotHaveAnswers400NamingIt() throws Exception {
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "FORECAST_OPEN").param("from", FROM)
                        .param("to", TO).param("category", "CLOSED").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("BEST_CASE, COMMIT, PIPELINE")));
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "FORECAST_WON").param("from", FROM)
                        .param("to", TO).param("category", "COMMIT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "RECEIVABLES").param("from", "2015-01-01")
                        .param("to", "2025-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }
}
