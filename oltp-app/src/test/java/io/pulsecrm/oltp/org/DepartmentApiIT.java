package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class DepartmentApiIT extends OrgIntegrationTest {

    private long create(long parentId, String name) {
        MvcTestResult created = post("/api/v1/departments", """
                {"parentId": %d, "name": "%s"}""".formatted(parentId, name));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/departments/" + idOf(created));
        return idOf(created);
    }

    private Map<String, Object> node(long id) {
        MvcTestResult tree = get("/api/v1/departments");
        assertThat(tree).hasStatus(HttpStatus.OK);
        List<Map<String, Object>> found = JsonPath.read(body(tree), "$..[?(@.id == " + id + ")]");
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> childIds(Map<String, Object> node) {
        return ((List<Map<String, Object>>) node.get("children")).stream().map(c -> (Integer) c.get("id")).toList();
    }

    @Test
    void departmentsAreCreatedRenamedMovedAndDeletedInTheTree() {
        long region = create(topDepartment(), fresh("华东区-"));
        long east = create(region, "上海");
        long north = create(region, "南京");
        assertThat(childIds(node(region))).containsExactly((int) east, (int) north);

        MvcTestResult renamed = put("/api/v1/departments/" + east, """
                {"name": "上海一部", "version": %d}""".formatted(version("department", east)));
        assertThat(renamed).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.name").isEqualTo("上海一部");

        MvcTestResult moved = post("/api/v1/departments/" + north + "/move", """
                {"parentId": %d, "version": %d}""".formatted(east, version("department", north)));
        assertThat(moved).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.parentId").asNumber().isEqualTo((int) east);
        assertThat(childIds(node(region))).containsExactly((int) east);
        assertThat(childIds(node(east))).containsExactly((int) north);

        assertThat(delete("/api/v1/departments/" + north)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(get("/api/v1/departments/" + north)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(countWhere("select count(*) from operation_log where entity_type = 'DEPARTMENT' and entity_id = ?", north))
                .isEqualTo(3);
        assertThat(get("/api/v1/departments/" + east + "/logs")).hasStatus(HttpStatus.OK).bodyJson()
                .extractingPath("$[*].action").asArray().containsExactly("UPDATE", "CREATE");
    }

    @Test
    void aDepartmentCannotMoveUnderItselfOrItsDescendants() {
        long a = create(topDepartment(), fresh("A-"));
        long b = create(a, "B");
        long c = create(b, "C");
        String before = orgSnapshot();
        for (long target : List.of(a, b, c)) {
            MvcTestResult refused = post("/api/v1/departments/" + a + "/move", """
                    {"parentId": %d, "version": %d}""".formatted(target, version("department", a)));
            assertThat(refused).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("department-cycle");
        }
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void theTopDepartmentIsRenamedButNeverMovedOrDeleted() {
        long top = topDepartment();
        String name = jdbc.sql("select name from department where id = ?").param(top).query(String.class).single();
        long other = create(top, fresh("X-"));
        try {
            assertThat(put("/api/v1/departments/" + top, """
                    {"name": "总公司", "version": %d}""".formatted(version("department", top)))).hasStatus(HttpStatus.OK);
            assertThat(post("/api/v1/departments/" + top + "/move", """
                    {"parentId": %d, "version": %d}""".formatted(other, version("department", top))))
                    .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("top-department-fixed");
            assertThat(delete("/api/v1/departments/" + top)).hasStatus(HttpStatus.CONFLICT);
        } finally {
            jdbc.sql("update department set name = ? where id = ?").params(name, top).update();
        }
    }

    @Test
    void aDepartmentWithSubDepartmentsOrUsersEnabledOrNotIsNotDeleted() {
        long parent = create(topDepartment(), fresh("P-"));
        long child = create(parent, "子部门");
        long staffed = create(topDepartment(), fresh("S-"));
        long user = users.user(staffed, null, "SALES_REP");
        jdbc.sql("update app_user set enabled = false where id = ?").param(user).update();
        String before = orgSnapshot();

        assertThat(delete("/api/v1/departments/" + parent)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("department-not-empty");
        assertThat(delete("/api/v1/departments/" + staffed)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("department-not-empty");
        assertThat(orgSnapshot()).isEqualTo(before);
        assertThat(delete("/api/v1/departments/" + child)).hasStatus(HttpStatus.NO_CONTENT);
    }

    @Test
    void aDepartmentNamedInACustomScopeIsNotDeleted() {
        long chosen = create(topDepartment(), fresh("C-"));
        assertThat(post("/api/v1/roles", """
                {"name": "%s", "dataScope": "CUSTOM", "departmentIds": [%d], "permissions": []}"""
                .formatted(fresh("区域角色"), chosen))).hasStatus(HttpStatus.CREATED);
        assertThat(delete("/api/v1/departments/" + chosen)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("department-in-use");
    }

    @Test
    void siblingNamesAreUniqueIgnoringCase() {
        long parent = create(topDepartment(), fresh("N-"));
        create(parent, "Sales");
        String before = orgSnapshot();
        assertThat(post("/api/v1/departments", """
                {"parentId": %d, "name": " sales "}""".formatted(parent))).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void theTreeCountsEnabledAndDisabledMembers() {
        long dept = create(topDepartment(), fresh("M-"));
        long sub = create(dept, "下级");
        users.user(dept, null, "SALES_REP");
        users.user(dept, null, "SALES_REP");
        long gone = users.user(dept, null, "SALES_REP");
        users.user(sub, null, "SALES_REP");
        jdbc.sql("update app_user set enabled = false where id = ?").param(gone).update();
        Map<String, Object> node = node(dept);
        assertThat(node).containsEntry("memberCount", 2).containsEntry("disabledMemberCount", 1)
                .containsEntry("totalMemberCount", 3);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        long dept = create(topDepartment(), fresh("V-"));
        int read = version("department", dept);
        assertThat(put("/api/v1/departments/" + dept, """
                {"name": "first", "version": %d}""".formatted(read))).hasStatus(HttpStatus.OK);
        String before = orgSnapshot();
        assertThat(put("/api/v1/departments/" + dept, """
                {"name": "second", "version": %d}""".formatted(read))).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(post("/api/v1/departments/" + dept + "/move", """
                {"parentId": %d, "version": %d}""".formatted(topDepartment(), read))).hasStatus(HttpStatus.CONFLICT);
        assertThat(delete("/api/v1/departments/" + dept + "?version=" + read)).hasStatus(HttpStatus.CONFLICT);
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void withoutOrgConfigureNothingChangesAndWithoutOrgViewNothingShows() {
        long dept = create(topDepartment(), fresh("Q-"));
        long manager = users.user(dept, null, "SALES_MANAGER");
        token = users.tokenOf(manager);
        assertThat(get("/api/v1/departments")).hasStatus(HttpStatus.OK);
        String before = orgSnapshot();
        assertThat(post("/api/v1/departments", """
                {"parentId": %d, "name": "x"}""".formatted(dept))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put("/api/v1/departments/" + dept, "{\"name\": \"x\", \"version\": 0}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("/api/v1/departments/" + dept + "/move", """
                {"parentId": %d, "version": 0}""".formatted(topDepartment()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(delete("/api/v1/departments/" + dept)).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.code").isEqualTo("permission-denied");
        assertThat(orgSnapshot()).isEqualTo(before);

        token = users.tokenOf(users.user(dept, null, "SALES_REP"));
        assertThat(get("/api/v1/departments")).hasStatus(HttpStatus.FORBIDDEN);
    }
}
