package io.pulsecrm.dashboards.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.dashboards.support.DashboardApi;
import io.pulsecrm.dashboards.support.SalesTeams;
import io.pulsecrm.dashboards.support.SignedIn;
import io.pulsecrm.dashboards.support.SinkSimulator;
import io.pulsecrm.dashboards.support.SseClient;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forecast widgets on the real local stack: each viewer's weighted pipeline, ageing and forecast against actual are
 * what their scope covers (a deal's team adds nothing: the forecast is kept per owner and department), the filters
 * narrow inside it, every figure's drill-down lists exactly the records behind it, and a new deal reaches an open stream.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForecastDashboardIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long SALES = 40, EAST = 41, WEST = 42;
    private static final long MANAGER = 50, REP_EAST = 51, REP_WEST = 52, TEAMMATE = 53;
    private static final long COMMIT_STAGE = 61, BEST_CASE_STAGE = 62;
    /** June 2025: the forecast shows June to November, the ageing is as of June 30th, the accuracy the year 2025. */
    private static final String JUNE = "from=2025-06-01&to=2025-06-30";

    private static SinkSimulator sink;
    private static SignedIn manager, rep, teammate;

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        sink = SinkSimulator.onLocalStack("dashboards_forecast_it");
        sink.configure(registry);
        WarehouseRows rows = sink.rows();
        var logins = new SalesTeams(SALES, EAST, WEST, MANAGER, REP_EAST, REP_WEST, TEAMMATE).writeTo(sink);
        manager = logins.manager();
        rep = logins.repEast();
        teammate = logins.teammate();
        rows.stage(COMMIT_STAGE, "谈判", 1, "80.00");
        rows.stage(BEST_CASE_STAGE, "方案", 2, "50.00");

        openDeal(rows, 6001, COMMIT_STAGE, "1000.00", REP_EAST, EAST, "2025-06-20");
        openDeal(rows, 6002, COMMIT_STAGE, "500.00", REP_EAST, EAST, "2025-06-05");
        openDeal(rows, 6003, BEST_CASE_STAGE, "400.00", REP_WEST, WEST, "2025-07-10");
        rows.row("opportunity", false, "id", 6004L, "name", "赢单 6004", "amount", new BigDecimal("900.00"), "stage_id",
                COMMIT_STAGE, "status", "WON", "owner_id", REP_WEST, "owner_dept_id", WEST, "closed_at",
                Instant.parse("2025-06-15T04:00:00Z"));
        rows.teamMember(TEAMMATE, "OPPORTUNITY", 6003, "READ", false);
        rows.forecastCell(202506, REP_EAST, EAST, "OPEN", COMMIT_STAGE, "COMMIT", 2, "1500.00", "1200.000000");
        rows.forecastCell(202507, REP_WEST, WEST, "OPEN", BEST_CASE_STAGE, "BEST_CASE", 1, "400.00", "200.000000");
        rows.forecastCell(202506, REP_WEST, WEST, "WON", COMMIT_STAGE, "CLOSED", 1, "900.00", "900.000000");
        rows.forecastSnapshot(LocalDate.of(2025, 6, 1), 202506, REP_EAST, EAST, "OPEN", COMMIT_STAGE, "COMMIT", 2,
                "1500.00", "1200.000000");
        rows.forecastSnapshot(LocalDate.of(2025, 6, 1), 202506, REP_WEST, WEST, "OPEN", BEST_CASE_STAGE, "BEST_CASE", 1,
                "400.00", "200.000000");

        rows.receivable(1, 8001, REP_EAST, EAST, LocalDate.of(2025, 6, 10), "1000.00", "200.00", false); // 20 days
        rows.receivable(2, 8002, REP_WEST, WEST, LocalDate.of(2025, 7, 15), "300.00", "0.00", false);    // not due
        rows.receivable(3, 8002, REP_WEST, WEST, LocalDate.of(2025, 3, 1), "100.00", "0.00", false);     // 121 days
    }

    @LocalServerPort int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eachViewerSeesTheForecastTheirScopeCoversAndATeamAddsNothing() throws Exception {
        assertThat(forecast(manager, JUNE)).isEqualTo("2025-06 CLOSED 1/900.00 COMMIT 2/1500.00 | 2025-07 BEST_CASE 1/400.00");
        assertThat(forecast(rep, JUNE)).isEqualTo("2025-06 COMMIT 2/1500.00");
        assertThat(forecast(teammate, JUNE)).as("on the team of 6003, owning nothing").isEmpty();
        assertThat(forecast(manager, JUNE + "&dept=" + WEST)).isEqualTo("2025-06 CLOSED 1/900.00 | 2025-07 BEST_CASE 1/400.00");
        assertThat(forecast(manager, JUNE + "&emp=" + REP_EAST)).isEqualTo("2025-06 COMMIT 2/1500.00");

        JsonNode ageing = widget(manager, JUNE, "receivables").get("rows");
        assertThat(ageing.get("asOf").asString()).isEqualTo("2025-06-30");
        assertThat(ageing.get("buckets").findValues("plans")).extracting(JsonNode::asLong).containsExactly(1L, 1L, 0L, 0L, 1L);
        assertThat(ageing.get("outstanding").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(widget(rep, JUNE, "receivables").get("rows").get("outstanding").decimalValue())
                .isEqualByComparingTo("800.00");

        JsonNode june = widget(manager, JUNE, "accuracy").get("rows").get("months").get(5);
        assertThat(june.get("month").asString()).isEqualTo("2025-06");
        assertThat(june.get("forecast").decimalValue()).isEqualByComparingTo("1400.00");
        assertThat(june.get("won").decimalValue()).isEqualByComparingTo("900.00");
        assertThat(june.get("attainment").decimalValue()).isEqualByComparingTo("64.3");
        assertThat(widget(manager, JUNE, "forecast").get("updatedAt").isNull()).isFalse();
    }

    @Test
    void everyForecastFigureDrillsIntoExactlyTheRecordsBehindIt() throws Exception {
        int checked = 0;
        for (JsonNode month : widget(manager, JUNE, "forecast").get("rows").get("months")) {
            for (JsonNode cell : month.get("cells")) {
                if (cell.get("deals").asLong() > 0) {
                    JsonNode list = drill(manager, cell.get("drill"));
                    assertThat(list.get("totalItems").asLong()).isEqualTo(cell.get("deals").asLong());
                    assertThat(list.get("totalAmount").decimalValue()).isEqualByComparingTo(cell.get("amount").decimalValue());
                    assertThat(list.get("items").get(0).get("link").asString()).contains("/app/opportunities/");
                    checked++;
                }
            }
        }
        for (JsonNode bucket : widget(manager, JUNE, "receivables").get("rows").get("buckets")) {
            JsonNode list = drill(manager, bucket.get("drill"));
            assertThat(list.get("totalItems").asLong()).isEqualTo(bucket.get("plans").asLong());
            assertThat(list.get("totalAmount").decimalValue()).isEqualByComparingTo(bucket.get("outstanding").decimalValue());
            checked++;
        }
        JsonNode june = widget(manager, JUNE, "accuracy").get("rows").get("months").get(5);
        JsonNode won = drill(manager, june.get("drill"));
        assertThat(won.get("totalAmount").decimalValue()).isEqualByComparingTo(june.get("won").decimalValue());
        assertThat(won.get("items").findValues("id")).extracting(JsonNode::asLong).containsExactly(6004L);
        assertThat(checked).isEqualTo(3 + 5);

        JsonNode overdue = drill(manager, widget(manager, JUNE, "receivables").get("rows").get("buckets").get(1).get("drill"));
        assertThat(overdue.get("items").get(0).get("link").asString()).endsWith("/app/contracts/8001");
        assertThat(drill(manager, "fact=FORECAST_OPEN&from=2025-07-01&to=2025-07-31&category=BEST_CASE&emp=" + REP_EAST)
                .get("totalItems").asLong()).as("the page's employee narrows the list as it narrows the figure").isZero();
        assertThat(drill(teammate, "fact=FORECAST_OPEN&from=2025-07-01&to=2025-07-31&category=BEST_CASE")
                .get("totalItems").asLong()).as("the team member of 6003 is not listed it either").isZero();
    }

    @Test
    void aDealExpectedToCloseReachesAnOpenStreamOfTheViewersWhoSeeIt() throws Exception {
        // December: the other tests read June to November
        try (var stream = new SseClient(uri("/api/v1/stream?from=2025-12-01&to=2025-12-31&emp=" + REP_WEST),
                manager.token())) {
            await().atMost(WAIT).until(() -> "0".equals(decemberDeals(stream)));
            openDeal(sink.rows(), 6005, BEST_CASE_STAGE, "250.00", REP_WEST, WEST, "2025-12-09");
            sink.rows().forecastCell(202512, REP_WEST, WEST, "OPEN", BEST_CASE_STAGE, "BEST_CASE", 1, "250.00", "125.000000");
            await().atMost(WAIT).until(() -> "1".equals(decemberDeals(stream)));
        }
    }

    private String decemberDeals(SseClient stream) {
        var events = stream.events("forecast");
        return events.isEmpty() ? null : json.readTree(events.getLast().data()).get("rows").get("months").get(0)
                .get("cells").get("BEST_CASE").get("deals").asString();
    }

    /** The non-empty cells of the forecast: "month CATEGORY deals/amount …", months apart by " | ". */
    private String forecast(SignedIn viewer, String filters) throws Exception {
        List<String> months = new ArrayList<>();
        for (JsonNode month : widget(viewer, filters, "forecast").get("rows").get("months")) {
            var text = new StringBuilder();
            for (var cell : month.get("cells").properties()) {
                if (cell.getValue().get("deals").asLong() > 0) {
                    text.append(' ').append(cell.getKey()).append(' ').append(cell.getValue().get("deals").asLong())
                            .append('/').append(cell.getValue().get("amount").decimalValue().setScale(2));
                }
            }
            if (!text.isEmpty()) {
                months.add(month.get("month").asString() + text);
            }
        }
        return String.join(" | ", months.stream().sorted().toList()).replace("  ", " ");
    }

    private JsonNode widget(SignedIn viewer, String filters, String id) throws Exception {
        return get(viewer, "/api/v1/dashboard?" + filters).get("widgets").get(id);
    }

    private JsonNode drill(SignedIn viewer, JsonNode drill) throws Exception {
        var query = new StringBuilder();
        for (var field : drill.properties()) {
            if (!field.getValue().isNull()) {
                query.append(query.isEmpty() ? "" : "&").append(field.getKey()).append('=')
                        .append(URLEncoder.encode(field.getValue().asString(), StandardCharsets.UTF_8));
            }
        }
        return drill(viewer, query.toString());
    }

    private JsonNode drill(SignedIn viewer, String query) throws Exception {
        return get(viewer, "/api/v1/drill?" + query);
    }

    private JsonNode get(SignedIn viewer, String path) throws Exception {
        return new DashboardApi(port).get(viewer, path);
    }

    private URI uri(String path) {
        return new DashboardApi(port).uri(path);
    }

    private static void openDeal(WarehouseRows rows, long id, long stage, String amount, long owner, long dept,
            String closeDate) {
        rows.deal(id, stage, "商机 " + id, amount, "OPEN", owner, dept, null, LocalDate.parse(closeDate), false);
    }
}
