package io.pulsecrm.oltp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The authorization matrix for opportunities: for each data scope, list, detail, update and delete
 * reach exactly the deals the rule allows. The organization is the test's own:
 *
 * <pre>
 * root ─ region ─┬ east (director D, lead L → reps A, B)
 *                └ north (rep N)
 * other (marketer M)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpportunityScopeIT extends ApiIntegrationTest {

    private final Map<String, Long> people = new java.util.HashMap<>();
    private final Map<String, Long> deals = new java.util.HashMap<>();
    private long stage;

    @BeforeAll
    void organization() {
        long region = users.department(null);
        long east = users.department(region);
        long north = users.department(region);
        long other = users.department(null);
        people.put("D", users.user(region, null, "SALES_REP"));
        people.put("L", users.user(east, people.get("D"), "SALES_REP"));
        people.put("A", users.user(east, people.get("L"), "SALES_REP"));
        people.put("B", users.user(east, people.get("L"), "SALES_REP"));
        people.put("N", users.user(north, people.get("D"), "SALES_REP"));
        people.put("M", users.user(other, null, "SALES_REP"));
        stage = newStage("20");
        for (String who : List.of("D", "L", "A", "B", "N", "M")) {
            token = users.tokenOf(people.get(who));
            deals.put(who, newOpportunity(stage, "100"));
        }
        token = null;
        // custom roles with each scope, all with the opportunity permissions of a manager
        for (String scope : List.of("SELF_AND_SUBORDINATES", "DEPT", "DEPT_AND_CHILDREN", "CUSTOM", "ALL")) {
            long role = jdbc.sql("insert into app_role (name, data_scope) values (:n, :s) returning id")
                    .param("n", "IT scope " + scope + " " + System.nanoTime()).param("s", scope).query(Long.class).single();
            for (String permission : List.of("opportunity:view", "opportunity:edit", "opportunity:delete")) {
                jdbc.sql("insert into role_permission (role_id, permission) values (:r, :p)")
                        .param("r", role).param("p", permission).update();
            }
            if (scope.equals("CUSTOM")) {
                jdbc.sql("insert into role_scope_department (role_id, department_id) values (:r, :d)")
                        .param("r", role).param("d", north).update();
            }
            roles.put(scope, role);
        }
    }

    private final Map<String, Long> roles = new java.util.HashMap<>();

    /** The viewer each scope is tried with, and the deals that scope must reach. */
    private static final Map<String, String> VIEWER = Map.of(
            "SELF", "A", "SELF_AND_SUBORDINATES", "L", "DEPT", "A", "DEPT_AND_CHILDREN", "D", "CUSTOM", "M", "ALL", "M");
    private static final Map<String, Set<String>> SEES = Map.of(
            "SELF", Set.of("A"),
            "SELF_AND_SUBORDINATES", Set.of("L", "A", "B"),
            "DEPT", Set.of("L", "A", "B"),
            "DEPT_AND_CHILDREN", Set.of("D", "L", "A", "B", "N"),
            "CUSTOM", Set.of("M", "N"),
            "ALL", Set.of("D", "L", "A", "B", "N", "M"));

    private String viewerWith(String scope) {
        long viewer = people.get(VIEWER.get(scope));
        jdbc.sql("delete from user_role where user_id = :u and role_id in (select id from app_role where code is null)")
                .param("u", viewer).update();
        if (!scope.equals("SELF")) {
            jdbc.sql("insert into user_role (user_id, role_id) values (:u, :r)").param("u", viewer)
                    .param("r", roles.get(scope)).update();
        }
        return users.tokenOf(viewer);
    }

    private Set<String> listed() {
        MvcTestResult page = get("/api/v1/opportunities?stageId=" + stage + "&size=100");
        assertThat(page).hasStatus(HttpStatus.OK);
        List<Number> ids = JsonPath.read(body(page), "$.items[*].id");
        Set<String> owners = new HashSet<>();
        deals.forEach((who, id) -> {
            if (ids.stream().anyMatch(n -> n.longValue() == id)) {
                owners.add(who);
            }
        });
        return owners;
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELF", "SELF_AND_SUBORDINATES", "DEPT", "DEPT_AND_CHILDREN", "CUSTOM", "ALL"})
    void listShowsExactlyTheDealsInScope(String scope) {
        token = viewerWith(scope);
        assertThat(listed()).isEqualTo(SEES.get(scope));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELF", "SELF_AND_SUBORDINATES", "DEPT", "DEPT_AND_CHILDREN", "CUSTOM", "ALL"})
    void detailAndUpdateReachOnlyDealsInScope(String scope) {
        token = viewerWith(scope);
        deals.forEach((who, id) -> {
            boolean visible = SEES.get(scope).contains(who);
            assertThat(get("/api/v1/opportunities/" + id)).hasStatus(visible ? HttpStatus.OK : HttpStatus.NOT_FOUND);
            int version = jdbc.sql("select version from opportunity where id = :id").param("id", id).query(Integer.class).single();
            MvcTestResult update = put("/api/v1/opportunities/" + id, """
                    {"name": "改名 %s", "amount": 100, "version": %d}""".formatted(scope, version));
            assertThat(update).hasStatus(visible ? HttpStatus.OK : HttpStatus.NOT_FOUND);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELF_AND_SUBORDINATES", "DEPT", "CUSTOM"})
    void deletingADealOutOfScopeAnswers404AndKeepsIt(String scope) {
        token = viewerWith(scope);
        deals.forEach((who, id) -> {
            if (!SEES.get(scope).contains(who)) {
                assertThat(delete("/api/v1/opportunities/" + id)).hasStatus(HttpStatus.NOT_FOUND);
                assertThat(jdbc.sql("select count(*) from opportunity where id = :id").param("id", id)
                        .query(Long.class).single()).isEqualTo(1);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"READ", "WRITE"})
    void aTeamMemberSeesTheDealAndChangesItOnlyWithWriteAccess(String access) {
        long member = users.user(users.department(null), null, "SALES_REP");
        long deal = deals.get("N");
        jdbc.sql("insert into record_team_member (entity_type, entity_id, user_id, access, added_by) values ('OPPORTUNITY', :d, :u, :a, :u)")
                .param("d", deal).param("u", member).param("a", access).update();
        token = users.tokenOf(member);
        assertThat(get("/api/v1/opportunities/" + deal)).hasStatus(HttpStatus.OK);
        int version = jdbc.sql("select version from opportunity where id = :id").param("id", deal).query(Integer.class).single();
        assertThat(put("/api/v1/opportunities/" + deal, """
                {"name": "队友改名", "amount": 100, "version": %d}""".formatted(version)))
                .hasStatus(access.equals("WRITE") ? HttpStatus.OK : HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /api/v1/opportunities", "DELETE /api/v1/opportunities/{id}", "POST /api/v1/stages"})
    void withoutThePermissionAChangeAnswers403AndChangesNothing(String call) {
        long agent = users.user(users.department(null), null, "SERVICE_AGENT");
        token = users.tokenOf(agent);
        long before = count("opportunity") + count("opportunity_stage");
        String[] parts = call.split(" ");
        String path = parts[1].replace("{id}", Long.toString(deals.get("A")));
        MvcTestResult result = parts[0].equals("DELETE") ? delete(path) : post(path, """
                {"name": "x", "amount": 1, "stageId": %d, "position": 1, "winRate": 10}""".formatted(stage));
        assertThat(result).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("permission-denied");
        assertThat(count("opportunity") + count("opportunity_stage")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEPT_AND_CHILDREN"})
    void aDepartmentChangeAppliesToTheNextRequest(String scope) {
        token = viewerWith(scope);
        assertThat(listed()).contains("N");
        long north = jdbc.sql("select department_id from app_user where id = :u").param("u", people.get("N")).query(Long.class).single();
        long other = jdbc.sql("select department_id from app_user where id = :u").param("u", people.get("M")).query(Long.class).single();
        jdbc.sql("update app_user set department_id = :d where id = :u").param("d", other).param("u", people.get("N")).update();
        try {
            assertThat(listed()).doesNotContain("N");
        } finally {
            jdbc.sql("update app_user set department_id = :d where id = :u").param("d", north).param("u", people.get("N")).update();
        }
    }
}
