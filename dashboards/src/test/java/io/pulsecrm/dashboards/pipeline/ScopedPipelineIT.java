package io.pulsecrm.dashboards.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.dashboards.support.BuiltInRoles;
import io.pulsecrm.dashboards.support.SignedIn;
import io.pulsecrm.dashboards.support.SinkSimulator;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each viewer's chart counts, on the real local stack: the scope resolved from the organization in ClickHouse
 * and applied to the deal facts on the server. Each test builds its own departments, users and stage:
 *
 * <pre>
 *   root ─┬─ east ── shanghai      rep (SELF), colleague          deals: rep 100 + 200, colleague 50
 *         │    └── (east)          manager (DEPT_AND_CHILDREN)    deal:  manager 1000
 *         └─ west                  other                          deal:  other 5000
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScopedPipelineIT {

    private static final long ROOT = BuiltInRoles.TOP_DEPARTMENT, SUPER = BuiltInRoles.SUPER_ADMIN, SELF = BuiltInRoles.SALES_REP,
            DEPT_AND_CHILDREN = BuiltInRoles.SALES_MANAGER;
    private static final AtomicLong IDS = new AtomicLong(10_000);

    private static SinkSimulator sink;
    private static WarehouseRows rows;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        sink = SinkSimulator.onLocalStack("dashboards_scope_it").configure(registry);
        rows = sink.rows();
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private long east, shanghai, west, stage, colleague, other;
    private SignedIn rep, manager, admin;

    @BeforeEach
    void organization() {
        long base = IDS.addAndGet(100);
        east = base + 1;
        shanghai = base + 2;
        west = base + 3;
        rows.department(east, ROOT, false);
        rows.department(shanghai, east, false);
        rows.department(west, ROOT, false);
        rep = sink.signIn(base + 11, shanghai, SELF);
        manager = sink.signIn(base + 12, east, DEPT_AND_CHILDREN);
        admin = sink.signIn(base + 13, ROOT, SUPER);
        colleague = base + 14;
        other = base + 15;
        rows.user(colleague, shanghai, null, true);
        rows.user(other, west, null, true);
        stage = base + 50;
        rows.stage(stage, "Stage " + base, 1, "20.00");
        rows.deal(base + 61, stage, "100.00", "OPEN", rep.userId(), shanghai);
        rows.deal(base + 62, stage, "200.00", "OPEN", rep.userId(), shanghai);
        rows.deal(base + 63, stage, "50.00", "OPEN", colleague, shanghai);
        rows.deal(base + 64, stage, "1000.00", "OPEN", manager.userId(), east);
        rows.deal(base + 65, stage, "5000.00", "OPEN", other, west);
        rows.deal(base + 66, stage, "7.00", "WON", rep.userId(), shanghai);
    }

    @Test
    void selfSeesOwnDealsSubtreeManagerItsDepartmentsAndSuperAdminEverything() throws Exception {
        assertThat(figures(rep)).isEqualTo(new Figures(2, "300.00", "60.00"));
        assertThat(figures(manager)).isEqualTo(new Figures(4, "1350.00", "270.00"));
        assertThat(figures(admin)).isEqualTo(new Figures(5, "6350.00", "1270.00"));
    }

    @Test
    void aManagerMovedToAnotherDepartmentSeesThatOneOnTheNextRequest() throws Exception {
        assertThat(figures(manager).count()).isEqualTo(4);

        rows.user(manager.userId(), west, null, true);

        // west's deal, and the manager's own deal wherever it was made
        assertThat(figures(manager)).isEqualTo(new Figures(2, "6000.00", "1200.00"));
    }

    @Test
    void aNewRoleWidensTheScopeOnTheNextRequestAndTakingItBackNarrowsIt() throws Exception {
        assertThat(figures(rep).count()).isEqualTo(2);

        rows.userRole(rep.userId(), DEPT_AND_CHILDREN, false);
        assertThat(figures(rep).count()).isEqualTo(3); // the colleague's deal in shanghai too

        rows.userRole(rep.userId(), DEPT_AND_CHILDREN, true);
        assertThat(figures(rep).count()).isEqualTo(2);
    }

    @Test
    void dealsStayWithTheDepartmentTheyWereMadeInWhenTheirOwnerMovesAway() throws Exception {
        rows.user(rep.userId(), west, null, true);

        // the rep is no longer in the manager's departments, but their deals were made in shanghai
        assertThat(figures(manager).count()).isEqualTo(4);
        assertThat(figures(rep).count()).isEqualTo(2);
    }

    @Test
    void aScopeParameterFromTheBrowserChangesNothing() throws Exception {
        assertThat(figures(rep, "/api/v1/charts/pipeline?scope=ALL&owners=" + other)).isEqualTo(figures(rep));
    }

    record Figures(long count, String amount, String weighted) {
    }

    private Figures figures(SignedIn viewer) throws Exception {
        return figures(viewer, "/api/v1/charts/pipeline");
    }

    private Figures figures(SignedIn viewer, String path) throws Exception {
        HttpResponse<String> response = http.send(viewer.get(URI.create("http://127.0.0.1:" + port + path)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode row = StreamSupport.stream(json.readTree(response.body()).get("rows").spliterator(), false)
                .filter(r -> r.get("stageId").asLong() == stage).findFirst().orElseThrow();
        return new Figures(row.get("openCount").asLong(), money(row.get("openAmount")), money(row.get("weightedAmount")));
    }

    private static String money(JsonNode value) {
        return value.decimalValue().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
