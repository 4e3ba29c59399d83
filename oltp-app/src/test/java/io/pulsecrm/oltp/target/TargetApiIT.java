package io.pulsecrm.oltp.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;

/**
 * Sales targets through the REST API:
 *
 * <pre>
 * region (manager M: DEPT_AND_CHILDREN) ─┬ east (reps A, B)
 *                                        └ north (rep N)
 * west (manager W: DEPT_AND_CHILDREN)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetApiIT extends ApiIntegrationTest {

    private long region;
    private long east;
    private long west;
    private long manager;
    private long westManager;
    private long repA;
    private long repN;

    @BeforeAll
    void organization() {
        region = users.department(null);
        east = users.department(region);
        long north = users.department(region);
        west = users.department(null);
        manager = users.user(region, null, "SALES_MANAGER");
        westManager = users.user(west, null, "SALES_MANAGER");
        repA = users.user(east, manager, "SALES_REP");
        users.user(east, manager, "SALES_REP");
        repN = users.user(north, manager, "SALES_REP");
    }

    /** The 12 months, each with these amounts times the month, and the versions given (null: none). */
    private static String year(int contractBase, int receiptBase, Integer... versions) {
        return IntStream.rangeClosed(1, 12).mapToObj(m -> """
                {"month": %d, "contractAmount": %d, "receiptAmount": %d.5%s}""".formatted(m, contractBase * m, receiptBase * m,
                versions.length == 0 || versions[m - 1] == null ? "" : ", \"version\": " + versions[m - 1]))
                .collect(Collectors.joining(", ", "{\"months\": [", "]}"));
    }

    private long rows(String column, long id, int year) {
        return jdbc.sql("select count(*) from sales_target where " + column + " = ? and year = ?").params(id, year)
                .query(Long.class).single();
    }

    private String snapshot() {
        return jdbc.sql("select count(*) || '/' || coalesce(sum(version), 0) || '/' || coalesce(sum(contract_amount), 0) from sales_target")
                .query(String.class).single() + "|" + count("operation_log");
    }

    @Test
    void aManagerSetsAUsersYearAndChangesItAtTheVersionsRead() {
        token = users.tokenOf(manager);

        assertThat(put("/api/v1/targets/users/%d/2031".formatted(repA), year(1000, 800))).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        {"kind": "USER", "userId": %d, "departmentId": %d, "year": 2031,
                         "contractTotal": 78000.00, "receiptTotal": 62406.00}""".formatted(repA, east));
        assertThat(rows("user_id", repA, 2031)).isEqualTo(12);

        Integer[] versions = new Integer[12];
        java.util.Arrays.fill(versions, 0);
        assertThat(put("/api/v1/targets/users/%d/2031".formatted(repA), year(1000, 900, versions))).hasStatusOk()
                .bodyJson().extractingPath("$.months[0]").isEqualTo(java.util.Map.of(
                        "month", 1, "id", jdbc.sql("select id from sales_target where user_id = ? and year = 2031 and month = 1")
                                .param(repA).query(Long.class).single().intValue(),
                        "contractAmount", 1000.0, "receiptAmount", 900.5, "version", 1));
        assertThat(put("/api/v1/targets/users/%d/2031".formatted(repA), year(1, 1, versions)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.errors[0].field").isEqualTo("months[0].version");
        assertThat(get("/api/v1/targets/users/%d/2031".formatted(repA))).bodyJson()
                .extractingPath("$.months[11].receiptAmount").isEqualTo(10800.5);
    }

    @Test
    void aMonthSetBySomeoneElseMeanwhileRefusesTheWholeYear() {
        token = users.tokenOf(manager);
        assertThat(put("/api/v1/targets/users/%d/2032".formatted(repN), year(10, 10))).hasStatusOk();
        String before = snapshot();

        // the client never saw the months already set (no versions)
        assertThat(put("/api/v1/targets/users/%d/2032".formatted(repN), year(20, 20)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void departmentsAreSetWithinTheDepartmentsTheScopeCovers() {
        token = users.tokenOf(manager);
        assertThat(put("/api/v1/targets/departments/%d/2031".formatted(east), year(5000, 4000))).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"kind\": \"DEPARTMENT\", \"departmentId\": %d, \"userId\": null}".formatted(east));
        assertThat(put("/api/v1/targets/departments/%d/2031".formatted(region), year(9000, 8000))).hasStatusOk();
        String before = snapshot();

        assertThat(put("/api/v1/targets/departments/%d/2031".formatted(west), year(1, 1)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.errors[0].field").isEqualTo("deptId");
        assertThat(put("/api/v1/targets/departments/999999999/2031", year(1, 1))).hasStatus(HttpStatus.NOT_FOUND);
        token = users.tokenOf(westManager);
        assertThat(put("/api/v1/targets/users/%d/2031".formatted(repA), year(1, 1)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.errors[0].field").isEqualTo("userId");
        assertThat(get("/api/v1/targets/departments/%d/2031".formatted(east))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put("/api/v1/targets/users/999999999/2031", year(1, 1))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theYearsListShowsOnlyPlansInScopeDepartmentsFirst() {
        token = users.tokenOf(manager);
        assertThat(put("/api/v1/targets/users/%d/2033".formatted(repA), year(100, 100))).hasStatusOk();
        assertThat(put("/api/v1/targets/users/%d/2033".formatted(repN), year(200, 200))).hasStatusOk();
        assertThat(put("/api/v1/targets/departments/%d/2033".formatted(east), year(300, 300))).hasStatusOk();
        token = null;
        assertThat(put("/api/v1/targets/departments/%d/2033".formatted(west), year(400, 400))).hasStatusOk();

        token = users.tokenOf(manager);
        assertThat(get("/api/v1/targets?year=2033")).hasStatusOk().bodyJson().extractingPath("$[*].kind").asArray()
                .containsExactly("DEPARTMENT", "USER", "USER");
        assertThat(get("/api/v1/targets?year=2033&departmentId=" + east)).bodyJson()
                .extractingPath("$[*].departmentId").asArray().containsOnly((int) east).hasSize(2);
        assertThat(get("/api/v1/targets?year=2033&userId=" + repN)).bodyJson()
                .extractingPath("$[0].contractTotal").isEqualTo(15600.0);

        token = users.tokenOf(westManager);
        assertThat(get("/api/v1/targets?year=2033")).bodyJson().extractingPath("$[*].departmentId").asArray()
                .containsExactly((int) west);
    }

    @Test
    void withoutTargetPermissionsAnswers403AndNothingChanges() {
        token = users.tokenOf(repA);
        String before = snapshot();
        assertThat(put("/api/v1/targets/users/%d/2031".formatted(repA), year(1, 1))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/targets?year=2031")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void unchangedMonthsAreNotWrittenAgain() {
        token = users.tokenOf(manager);
        assertThat(put("/api/v1/targets/departments/%d/2034".formatted(east), year(7, 7))).hasStatusOk();
        Integer[] versions = new Integer[12];
        java.util.Arrays.fill(versions, 0);
        String before = snapshot();

        assertThat(put("/api/v1/targets/departments/%d/2034".formatted(east), year(7, 7, versions))).hasStatusOk();

        assertThat(snapshot()).isEqualTo(before);
        long id = jdbc.sql("select id from sales_target where department_id = ? and year = 2034 and month = 3")
                .param(east).query(Long.class).single();
        assertThat(get("/api/v1/targets/%d/logs".formatted(id))).hasStatusOk().bodyJson()
                .extractingPath("$[*].action").asArray().containsExactly("CREATE");
        token = users.tokenOf(westManager);
        assertThat(get("/api/v1/targets/%d/logs".formatted(id))).hasStatus(HttpStatus.NOT_FOUND);
    }
}
