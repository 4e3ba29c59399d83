package io.pulsecrm.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.dashboards.support.BuiltInRoles;
import io.pulsecrm.dashboards.support.SignedIn;
import io.pulsecrm.dashboards.support.SinkSimulator;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards' side of the authorization matrix, on the real local stack: for every data scope, the pipeline chart
 * counts and the drill-down lists exactly the open deals the one rule allows — the same deals in both. The organization:
 *
 * <pre>
 *   root ─┬─ sales ─┬─ east ─┬─ shanghai   shRep1 (d1 100), shRep2 (d2 200)
 *         │         │        └─ hangzhou   hzRep (d3 400)           eastLead (d4 800) in east
 *         │         └─ north ── beijing    bjRep (d6 3200), mover   northLead (d5 1600) in north
 *         │                                vp (d7 6400) in sales
 *         └─ service                       agent (d8 12800)
 *
 *   reporting: vp ← eastLead ← shRep1 ← shRep2;  eastLead ← hzRep;  vp ← northLead ← bjRep, mover
 *   mover made d9 (25600) while in hangzhou and has moved to beijing since: d9 stays attributed to hangzhou.
 *   Never listed: d10 (WON), d11 (deleted), d12 (another stage).
 *   Record teams: hzRep (SELF) is put on teams by the test that checks them; nobody else is on any.
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardScopeMatrixIT {

    private static final long SALES = 1001, EAST = 1002, SHANGHAI = 1003, HANGZHOU = 1004, NORTH = 1005, BEIJING = 1006,
            SERVICE = 1007;
    private static final long VP = 2001, EAST_LEAD = 2002, SH_REP1 = 2003, SH_REP2 = 2004, HZ_REP = 2005,
            NORTH_LEAD = 2006, BJ_REP = 2007, MOVER = 2008, AGENT = 2009;
    private static final long SELF_AND_SUBORDINATES = 3001, DEPT = 3002, CUSTOM_SERVICE_BEIJING = 3003, ALL = 3004,
            CUSTOM_SERVICE = 3005;
    private static final long STAGE = 4001, OTHER_STAGE = 4002;
    private static final long D1 = 5001, D2 = 5002, D3 = 5003, D4 = 5004, D5 = 5005, D6 = 5006, D7 = 5007, D8 = 5008,
            D9 = 5009, D10 = 5010, D11 = 5011, D12 = 5012;
    private static final Map<Long, BigDecimal> AMOUNTS = Map.of(D1, money(100), D2, money(200), D3, money(400),
            D4, money(800), D5, money(1600), D6, money(3200), D7, money(6400), D8, money(12800), D9, money(25600));

    private static SignedIn self, selfAndSubordinates, dept, deptAndChildren, custom, all, superAdmin, twoRoles,
            withoutPermission, teamMember;
    private static WarehouseRows rows;

    @DynamicPropertySource
    static void organization(DynamicPropertyRegistry registry) {
        SinkSimulator sink = SinkSimulator.onLocalStack("dashboards_scope_matrix_it").configure(registry);
        rows = sink.rows();
        rows.department(SALES, BuiltInRoles.TOP_DEPARTMENT, false);
        rows.department(EAST, SALES, false);
        rows.department(SHANGHAI, EAST, false);
        rows.department(HANGZHOU, EAST, false);
        rows.department(NORTH, SALES, false);
        rows.department(BEIJING, NORTH, false);
        rows.department(SERVICE, BuiltInRoles.TOP_DEPARTMENT, false);
        role(rows, SELF_AND_SUBORDINATES, "SELF_AND_SUBORDINATES");
        role(rows, DEPT, "DEPT");
        role(rows, CUSTOM_SERVICE_BEIJING, "CUSTOM", SERVICE, BEIJING);
        role(rows, ALL, "ALL");
        role(rows, CUSTOM_SERVICE, "CUSTOM", SERVICE);

        // Viewers: members of the organization above, or users of their own without deals.
        self = sink.signIn(SH_REP1, SHANGHAI, BuiltInRoles.SALES_REP);
        selfAndSubordinates = sink.signIn(EAST_LEAD, EAST, SELF_AND_SUBORDINATES);
        dept = sink.signIn(2101, HANGZHOU, DEPT);
        deptAndChildren = sink.signIn(2102, EAST, BuiltInRoles.SALES_MANAGER);
        custom = sink.signIn(2103, SHANGHAI, CUSTOM_SERVICE_BEIJING);
        all = sink.signIn(2104, SERVICE, ALL);
        superAdmin = sink.signIn(2105, BuiltInRoles.TOP_DEPARTMENT, BuiltInRoles.SUPER_ADMIN);
        twoRoles = sink.signIn(SH_REP2, SHANGHAI, BuiltInRoles.SALES_REP, CUSTOM_SERVICE);
        withoutPermission = sink.signIn(AGENT, SERVICE, BuiltInRoles.SERVICE_AGENT);
        teamMember = sink.signIn(HZ_REP, HANGZHOU, BuiltInRoles.SALES_REP);

        // The reporting lines, written after the sign-ins (which write users without a manager).
        rows.user(VP, SALES, null, true);
        rows.user(EAST_LEAD, EAST, VP, true);
        rows.user(SH_REP1, SHANGHAI, EAST_LEAD, true);
        rows.user(SH_REP2, SHANGHAI, SH_REP1, true);
        rows.user(HZ_REP, HANGZHOU, EAST_LEAD, true);
        rows.user(NORTH_LEAD, NORTH, VP, true);
        rows.user(BJ_REP, BEIJING, NORTH_LEAD, true);
        rows.user(MOVER, BEIJING, NORTH_LEAD, true);
        rows.user(AGENT, SERVICE, null, true);

        rows.stage(STAGE, "方案报价", 1, "30.00");
        rows.stage(OTHER_STAGE, "商务谈判", 2, "60.00");
        deal(rows, D1, SH_REP1, SHANGHAI);
        deal(rows, D2, SH_REP2, SHANGHAI);
        deal(rows, D3, HZ_REP, HANGZHOU);
        deal(rows, D4, EAST_LEAD, EAST);
        deal(rows, D5, NORTH_LEAD, NORTH);
        deal(rows, D6, BJ_REP, BEIJING);
        deal(rows, D7, VP, SALES);
        deal(rows, D8, AGENT, SERVICE);
        deal(rows, D9, MOVER, HANGZHOU);
        rows.deal(D10, STAGE, "51200.00", "WON", SH_REP1, SHANGHAI);
        rows.deal(D11, STAGE, "Deleted", "102400.00", "OPEN", SH_REP1, SHANGHAI, null, null, true);
        rows.deal(D12, OTHER_STAGE, "204800.00", "OPEN", BJ_REP, BEIJING);
    }

    private static void role(WarehouseRows rows, long id, String scope, long... customDepartments) {
        rows.role(id, null, scope);
        rows.rolePermission(id, "dashboard:view", false);
        for (long department : customDepartments) {
            rows.roleScopeDepartment(id, department, false);
        }
    }

    private static void deal(WarehouseRows rows, long id, long ownerId, long ownerDeptId) {
        rows.deal(id, STAGE, AMOUNTS.get(id).toPlainString(), "OPEN", ownerId, ownerDeptId);
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void selfSeesOnlyTheirOwnDeals() throws Exception {
        assertSees(self, D1);
    }

    @Test
    void selfAndSubordinatesSeesTheWholeReportingLineBelowAndNoDepartment() throws Exception {
        assertSees(selfAndSubordinates, D4, D3, D2, D1);
    }

    @Test
    void deptSeesItsDepartmentsMembersAndWhatWasMadeThereBySomeoneWhoHasLeft() throws Exception {
        assertSees(dept, D9, D3);
    }

    @Test
    void deptAndChildrenSeesTheSubtreeIncludingDealsAttributedToItAtTheTime() throws Exception {
        assertSees(deptAndChildren, D9, D4, D3, D2, D1);
    }

    @Test
    void customSeesTheChosenDepartmentsAndTheirCurrentMembersButNotItsOwnDepartment() throws Exception {
        assertSees(custom, D9, D8, D6);
    }

    @Test
    void allAndSuperAdminSeeEveryOpenDealOfTheStage() throws Exception {
        assertSees(all, D9, D8, D7, D6, D5, D4, D3, D2, D1);
        assertSees(superAdmin, D9, D8, D7, D6, D5, D4, D3, D2, D1);
    }

    @Test
    void twoRolesSeeTheUnionOfTheirScopes() throws Exception {
        assertSees(twoRoles, D8, D2);
    }

    @Test
    void aSelfRepOnTheTeamOfAColleaguesDealSeesItUntilTakenOffTheTeam() throws Exception {
        assertSees(teamMember, D3);

        rows.teamMember(HZ_REP, "OPPORTUNITY", D6, "READ", false); // bjRep's deal, out of hzRep's scope
        rows.teamMember(HZ_REP, "OPPORTUNITY", D3, "WRITE", false); // hzRep's own: still counted once
        rows.teamMember(HZ_REP, "CUSTOMER", D8, "WRITE", false); // a customer's team grants no deal of the same id
        assertSees(teamMember, D6, D3);
        assertSees(self, D1); // the team is hzRep's, not every SELF viewer's

        rows.teamMember(HZ_REP, "OPPORTUNITY", D6, "READ", true);
        assertSees(teamMember, D3);
    }

    @Test
    void parametersTryingToWidenTheScopeChangeNothing() throws Exception {
        String widen = "&scope=ALL&owners=" + VP + "," + AGENT + "&departments=" + SALES + "&ownerId=" + VP + "&all=true";

        assertThat(chart(self, "?lang=en" + widen)).isEqualTo(chart(self, ""));
        assertThat(drillDownIds(self, widen)).containsExactly(D1);
        assertThat(body(self, "/api/v1/charts/pipeline/deals?stageId=" + STAGE + widen).get("totalItems").asLong())
                .isEqualTo(1);
    }

    @Test
    void aViewerWithoutDashboardViewIsRefusedBothChartAndDrillDown() throws Exception {
        assertThat(get(withoutPermission, "/api/v1/charts/pipeline").statusCode()).isEqualTo(403);
        assertThat(get(withoutPermission, "/api/v1/charts/pipeline/deals?stageId=" + STAGE).statusCode()).isEqualTo(403);
    }

    /**
     * The chart's figures for the stage are these deals' count and amount; the drill-down lists exactly them, by amount
     * descending (as given), and its totals and the sum of what it lists are the chart's figures.
     */
    private void assertSees(SignedIn viewer, long... dealsByAmountDescending) throws Exception {
        long count = dealsByAmountDescending.length;
        BigDecimal amount = Arrays.stream(dealsByAmountDescending).mapToObj(AMOUNTS::get)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(chart(viewer, "")).as("chart").isEqualTo(new Figures(count, amount));

        List<JsonNode> listed = drillDown(viewer, "");
        assertThat(listed.stream().map(d -> d.get("id").asLong()).toList()).as("drill-down")
                .containsExactly(Arrays.stream(dealsByAmountDescending).boxed().toArray(Long[]::new));
        assertThat(listed.stream().map(d -> d.get("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(amount);
        JsonNode first = body(viewer, "/api/v1/charts/pipeline/deals?stageId=" + STAGE);
        assertThat(new Figures(first.get("totalItems").asLong(), first.get("totalAmount").decimalValue()))
                .as("drill-down totals").isEqualTo(new Figures(count, amount));
    }

    record Figures(long count, BigDecimal amount) {
        Figures {
            amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
    }

    private Figures chart(SignedIn viewer, String query) throws Exception {
        JsonNode row = StreamSupport.stream(body(viewer, "/api/v1/charts/pipeline" + query).get("rows").spliterator(), false)
                .filter(r -> r.get("stageId").asLong() == STAGE).findFirst().orElseThrow();
        return new Figures(row.get("openCount").asLong(), row.get("openAmount").decimalValue());
    }

    private List<Long> drillDownIds(SignedIn viewer, String extra) throws Exception {
        return drillDown(viewer, extra).stream().map(d -> d.get("id").asLong()).toList();
    }

    /** Every page, two deals at a time, so the paging is part of what adds up. */
    private List<JsonNode> drillDown(SignedIn viewer, String extra) throws Exception {
        List<JsonNode> deals = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = body(viewer, "/api/v1/charts/pipeline/deals?stageId=" + STAGE + "&size=2&page=" + page + extra);
            body.get("items").forEach(deals::add);
            if (body.get("items").isEmpty()) {
                return deals;
            }
        }
    }

    private JsonNode body(SignedIn viewer, String path) throws Exception {
        HttpResponse<String> response = get(viewer, path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(SignedIn viewer, String path) throws Exception {
        return http.send(viewer.get(URI.create("http://127.0.0.1:" + port + path)), HttpResponse.BodyHandlers.ofString());
    }

    private static BigDecimal money(long value) {
        return BigDecimal.valueOf(value).setScale(2);
    }
}
