package io.pulsecrm.dashboards.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.dashboards.support.BuiltInRoles;
import io.pulsecrm.dashboards.support.DashboardApi;
import io.pulsecrm.dashboards.support.SalesTeams;
import io.pulsecrm.dashboards.support.SignedIn;
import io.pulsecrm.dashboards.support.SinkSimulator;
import io.pulsecrm.dashboards.support.SseClient;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard API, its drill-down and its stream on the real local stack: each viewer's figures are what their scope
 * covers (a rep their own, a manager their departments', a team member also their team's contract), filters narrow
 * inside it and never widen it, a drill-down's total is the figure, and a new contract reaches an open stream.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SalesDashboardIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long SALES = 20, EAST = 21, WEST = 22;
    private static final long MANAGER = 30, REP_EAST = 31, REP_WEST = 32, TEAMMATE = 33;
    private static final String NOVEMBER = "from=2025-11-01&to=2025-11-30";

    private static SinkSimulator sink;
    private static SignedIn manager, rep, teammate;

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        sink = SinkSimulator.onLocalStack("dashboards_sales_it");
        sink.configure(registry);
        WarehouseRows rows = sink.rows();
        var logins = new SalesTeams(SALES, EAST, WEST, MANAGER, REP_EAST, REP_WEST, TEAMMATE).writeTo(sink);
        manager = logins.manager();
        rep = logins.repEast();
        teammate = logins.teammate();
        contract(rows, 4001, "2025-11-03", "1000.00", REP_EAST, EAST, "APPROVED");
        contract(rows, 4002, "2025-11-04", "2500.50", REP_WEST, WEST, "APPROVED");
        contract(rows, 4003, "2025-11-05", "700.00", REP_EAST, EAST, "DRAFT");
        contract(rows, 4004, "2025-10-31", "300.00", REP_EAST, EAST, "APPROVED");
        contract(rows, 4005, "2025-11-06", "9999.00", 999, 1, "APPROVED"); // outside the sales department
        rows.teamMember(TEAMMATE, "CONTRACT", 4001, "READ", false);
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eachViewerSeesTheContractsTheirScopeCoversAndTheMonthBefore() throws Exception {
        assertThat(signed(get(rep, "/api/v1/dashboard?" + NOVEMBER))).isEqualTo("1/1000.0/1/300.0");
        assertThat(signed(get(manager, "/api/v1/dashboard?" + NOVEMBER))).isEqualTo("2/3500.5/1/300.0");
        assertThat(signed(get(teammate, "/api/v1/dashboard?" + NOVEMBER))).as("own nothing, on 4001's team")
                .isEqualTo("1/1000.0/0/0.0");
    }

    @Test
    void filtersNarrowInsideTheScopeAndNeverWidenIt() throws Exception {
        assertThat(signed(get(manager, "/api/v1/dashboard?" + NOVEMBER + "&dept=" + WEST))).startsWith("1/2500.5/");
        assertThat(signed(get(manager, "/api/v1/dashboard?" + NOVEMBER + "&emp=" + REP_EAST))).startsWith("1/1000.0/");

        HttpResponse<String> wider = http.send(rep.get(uri("/api/v1/dashboard?" + NOVEMBER + "&dept=" + EAST)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wider.statusCode()).as("a SELF rep may not choose even their own department").isEqualTo(403);
        assertThat(http.send(rep.get(uri("/api/v1/dashboard?emp=" + REP_WEST)), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
        assertThat(http.send(manager.get(uri("/api/v1/dashboard?dept=" + BuiltInRoles.TOP_DEPARTMENT)),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);

        JsonNode options = json.readTree(http.send(manager.get(uri("/api/v1/dashboard/filters")),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(options.get("departments").findValuesAsString("name")).containsExactlyInAnyOrder("D20", "D21", "D22");
        assertThat(options.get("employees").findValues("id")).extracting(JsonNode::asLong)
                .containsExactlyInAnyOrder(MANAGER, REP_EAST, REP_WEST, TEAMMATE);
    }

    @Test
    void aDrillDownListsExactlyTheRowsOfTheFigureClicked() throws Exception {
        JsonNode brief = get(manager, "/api/v1/dashboard?" + NOVEMBER).get("widgets").get("brief").get("rows").get(3);
        JsonNode drill = brief.get("drill");
        JsonNode list = get(manager, "/api/v1/drill?fact=" + drill.get("fact").asString() + "&from="
                + drill.get("from").asString() + "&to=" + drill.get("to").asString());
        assertThat(list.get("totalItems").asLong()).isEqualTo(brief.get("count").asLong());
        assertThat(list.get("totalAmount").decimalValue()).isEqualByComparingTo(brief.get("amount").decimalValue());
        assertThat(list.get("items").findValues("id")).extracting(JsonNode::asLong).containsExactly(4002L, 4001L);
        assertThat(list.get("items").get(0).get("link").asString()).endsWith("/app/contracts/4002");

        JsonNode leaders = get(manager, "/api/v1/dashboard?" + NOVEMBER).get("widgets").get("leaderboard").get("rows");
        assertThat(leaders.findValues("userId")).extracting(JsonNode::asLong).containsExactly(REP_WEST, REP_EAST);
        JsonNode rowDrill = leaders.get(1).get("drill").get("contracts");
        JsonNode own = get(manager, "/api/v1/drill?fact=SIGNED_CONTRACTS&" + NOVEMBER + "&owner=" + rowDrill.get("owner").asLong());
        assertThat(own.get("totalAmount").decimalValue()).isEqualByComparingTo(leaders.get(1).get("contractAmount").decimalValue());
    }

    @Test
    void aContractSignedReachesAnOpenStreamOfTheViewersWhoSeeIt() throws Exception {
        // December: the other tests count November
        try (var stream = new SseClient(uri("/api/v1/stream?from=2025-12-01&to=2025-12-31&emp=" + REP_WEST), manager.token())) {
            await().atMost(WAIT).until(() -> "0".equals(signedCount(stream)));
            contract(sink.rows(), 4006, "2025-12-20", "10.00", REP_WEST, WEST, "APPROVED");
            await().atMost(WAIT).until(() -> "1".equals(signedCount(stream)));
        }
    }

    private String signedCount(SseClient stream) {
        var events = stream.events("brief");
        return events.isEmpty() ? null : json.readTree(events.getLast().data()).get("rows").get(3).get("count").asString();
    }

    /** Contracts signed in the period / their amount / the same for the period before, from the brief. */
    private static String signed(JsonNode dashboard) {
        JsonNode item = dashboard.get("widgets").get("brief").get("rows").get(3);
        assertThat(item.get("fact").asString()).isEqualTo("SIGNED_CONTRACTS");
        return item.get("count").asLong() + "/" + item.get("amount").decimalValue().doubleValue() + "/"
                + item.get("previousCount").asLong() + "/" + item.get("previousAmount").decimalValue().doubleValue();
    }

    private JsonNode get(SignedIn viewer, String path) throws Exception {
        return new DashboardApi(port).get(viewer, path);
    }

    private URI uri(String path) {
        return new DashboardApi(port).uri(path);
    }

    private static void contract(WarehouseRows rows, long id, String signedOn, String amount, long owner, long dept,
            String status) {
        rows.row("contract", false, "id", id, "number", "HT-" + id, "name", "合同 " + id, "customer_id", 1L,
                "status", status, "signed_on", LocalDate.parse(signedOn), "total_amount", new BigDecimal(amount),
                "owner_id", owner, "owner_dept_id", dept);
    }
}
