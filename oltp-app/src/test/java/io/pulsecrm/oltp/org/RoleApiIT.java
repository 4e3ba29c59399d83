package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class RoleApiIT extends OrgIntegrationTest {

    private long createRole(String name, String scope, String departments, String permissions) {
        MvcTestResult created = post("/api/v1/roles", """
                {"name": "%s", "description": "测试角色", "dataScope": "%s", "departmentIds": [%s], "permissions": [%s]}"""
                .formatted(name, scope, departments, permissions));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    @Test
    void aCustomRoleIsCreatedChangedAndDeleted() {
        long dept = users.department(null);
        String name = fresh("大客户组");
        long id = createRole(name, "CUSTOM", Long.toString(dept), "\"customer:view\", \"customer:view\", \"lead:export\"");
        assertThat(get("/api/v1/roles/" + id)).hasStatus(HttpStatus.OK).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.permissions").asArray().containsExactly("customer:view", "lead:export");
            assertThat(json).extractingPath("$.departmentIds[0]").asNumber().isEqualTo((int) dept);
            assertThat(json).extractingPath("$.builtIn").isEqualTo(false);
            assertThat(json).extractingPath("$.deletable").isEqualTo(true);
        });

        MvcTestResult changed = put("/api/v1/roles/" + id, """
                {"name": "%s", "dataScope": "DEPT_AND_CHILDREN", "permissions": ["opportunity:view"], "version": %d}"""
                .formatted(name + "2", version("app_role", id)));
        assertThat(changed).hasStatus(HttpStatus.OK).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.dataScope").isEqualTo("DEPT_AND_CHILDREN");
            assertThat(json).extractingPath("$.departmentIds").asArray().isEmpty();
            assertThat(json).extractingPath("$.permissions").asArray().containsExactly("opportunity:view");
        });
        assertThat(get("/api/v1/roles/" + id + "/logs")).bodyJson().extractingPath("$[*].action").asArray()
                .containsExactly("UPDATE", "CREATE");

        assertThat(delete("/api/v1/roles/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(get("/api/v1/roles/" + id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(countWhere("select count(*) from role_permission where role_id = ?", id)).isZero();
    }

    @Test
    void aRoleHeldByUsersIsNotDeleted() {
        long id = createRole(fresh("在用"), "SELF", "", "\"task:view\"");
        long holder = users.user(users.department(null), null);
        jdbc.sql("insert into user_role (user_id, role_id) values (?, ?)").params(holder, id).update();
        jdbc.sql("update app_user set enabled = false where id = ?").param(holder).update();
        String before = orgSnapshot();
        assertThat(delete("/api/v1/roles/" + id)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("role-in-use");
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void superAdminIsNeitherEditedNorDeletedAndDefaultRolesAreNotDeleted() {
        long superAdmin = roleId("SUPER_ADMIN");
        String before = orgSnapshot();
        assertThat(put("/api/v1/roles/" + superAdmin, """
                {"name": "超级管理员", "dataScope": "SELF", "permissions": [], "version": %d}"""
                .formatted(version("app_role", superAdmin)))).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("role-not-editable");
        assertThat(delete("/api/v1/roles/" + superAdmin)).hasStatus(HttpStatus.CONFLICT);
        for (String code : List.of("ADMIN", "SALES_MANAGER", "SALES_REP", "MARKETER", "SERVICE_AGENT")) {
            assertThat(delete("/api/v1/roles/" + roleId(code))).hasStatus(HttpStatus.CONFLICT)
                    .bodyJson().extractingPath("$.code").isIn("role-not-deletable", "role-in-use");
        }
        assertThat(orgSnapshot()).isEqualTo(before);
        assertThat(get("/api/v1/roles/" + superAdmin)).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.editable").isEqualTo(false);
            assertThat(json).extractingPath("$.permissions").asArray().hasSize(PermissionCatalogue.all().size());
        });
    }

    @Test
    void aDefaultRolesPermissionsAndScopeAreEditable() {
        long agent = roleId("SERVICE_AGENT");
        MvcTestResult original = get("/api/v1/roles/" + agent);
        List<String> permissions = JsonPath.read(body(original), "$.permissions");
        String name = JsonPath.read(body(original), "$.name");
        String scope = JsonPath.read(body(original), "$.dataScope");
        try {
            MvcTestResult changed = put("/api/v1/roles/" + agent, """
                    {"name": "%s", "dataScope": "DEPT_AND_CHILDREN", "permissions": ["customer:view", "task:view"], "version": %d}"""
                    .formatted(name, version("app_role", agent)));
            assertThat(changed).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.code").isEqualTo("SERVICE_AGENT");
        } finally {
            put("/api/v1/roles/" + agent, """
                    {"name": "%s", "dataScope": "%s", "permissions": [%s], "version": %d}""".formatted(name, scope,
                    String.join(",", permissions.stream().map(p -> "\"" + p + "\"").toList()), version("app_role", agent)));
        }
        assertThat(countWhere("select count(*) from role_permission where role_id = ?", agent)).isEqualTo(permissions.size());
    }

    @Test
    void unknownPermissionsAndMissingDepartmentsAreBadInputAndNothingIsWritten() {
        String before = orgSnapshot();
        assertThat(post("/api/v1/roles", """
                {"name": "%s", "dataScope": "SELF", "permissions": ["lead:view", "lead:fly"]}""".formatted(fresh("坏"))))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("permissions[1]");
        assertThat(post("/api/v1/roles", """
                {"name": "%s", "dataScope": "CUSTOM", "departmentIds": [987654321], "permissions": []}""".formatted(fresh("坏"))))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("departmentIds");
        assertThat(post("/api/v1/roles", """
                {"name": "%s", "dataScope": "EVERYONE", "permissions": []}""".formatted(fresh("坏"))))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("dataScope");
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void roleNamesAreUniqueAndVersionsAreChecked() {
        String name = fresh("Team");
        long id = createRole(name, "SELF", "", "");
        String before = orgSnapshot();
        assertThat(post("/api/v1/roles", """
                {"name": "%s", "dataScope": "SELF", "permissions": []}""".formatted(name.toUpperCase())))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("role-name-taken");
        assertThat(put("/api/v1/roles/" + id, """
                {"name": "x%s", "dataScope": "SELF", "permissions": [], "version": 3}""".formatted(name)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(delete("/api/v1/roles/" + id + "?version=3")).hasStatus(HttpStatus.CONFLICT);
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void aScopeChangeAppliesToTheHoldersNextRequest() {
        long stage = newStage("20");
        long dept = users.department(null);
        long role = createRole(fresh("看商机"), "SELF", "", "\"opportunity:view\"");
        long viewer = users.user(dept, null);
        jdbc.sql("insert into user_role (user_id, role_id) values (?, ?)").params(viewer, role).update();
        long colleague = users.user(dept, null, "SALES_REP");
        token = users.tokenOf(colleague);
        long deal = newOpportunity(stage, "500");

        token = users.tokenOf(viewer);
        assertThat(listedDeals(stage)).doesNotContain(deal);

        token = null;
        assertThat(put("/api/v1/roles/" + role, """
                {"name": "%s", "dataScope": "DEPT", "permissions": ["opportunity:view"], "version": %d}"""
                .formatted(fresh("看部门商机"), version("app_role", role)))).hasStatus(HttpStatus.OK);

        token = users.tokenOf(viewer);
        assertThat(listedDeals(stage)).containsExactly(deal);
        assertThat(get("/api/v1/opportunities/" + deal)).hasStatus(HttpStatus.OK);
    }

    private List<Long> listedDeals(long stage) {
        MvcTestResult page = get("/api/v1/opportunities?stageId=" + stage + "&size=100");
        assertThat(page).hasStatus(HttpStatus.OK);
        List<Number> ids = JsonPath.read(body(page), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    void withoutOrgConfigureRolesDoNotChange() {
        long id = createRole(fresh("不可改"), "SELF", "", "");
        long someone = users.user(users.department(null), null);
        String repToken = users.tokenOf(users.user(users.department(null), null, "SALES_REP"));
        token = users.tokenOf(users.user(users.department(null), null, "SALES_MANAGER"));
        assertThat(get("/api/v1/roles")).hasStatus(HttpStatus.OK);
        assertThat(get("/api/v1/permissions")).hasStatus(HttpStatus.OK);
        String before = orgSnapshot();
        assertThat(post("/api/v1/roles", "{\"name\": \"x\", \"dataScope\": \"ALL\", \"permissions\": []}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put("/api/v1/roles/" + id, "{\"name\": \"x\", \"dataScope\": \"ALL\", \"permissions\": [], \"version\": 0}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(delete("/api/v1/roles/" + id)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put("/api/v1/users/" + someone + "/roles", "{\"roleIds\": [%d]}".formatted(roleId("ADMIN"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(orgSnapshot()).isEqualTo(before);
        token = repToken;
        assertThat(get("/api/v1/roles")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void thePermissionCatalogueHasBothLanguages() {
        assertThat(get("/api/v1/permissions")).hasStatus(HttpStatus.OK).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.modules[0].code").isEqualTo("lead");
            assertThat(json).extractingPath("$.modules[0].labels['zh-CN']").isEqualTo("线索");
            assertThat(json).extractingPath("$.actions[0].labels.en").isEqualTo("View");
            assertThat(json).extractingPath("$.permissions").asArray().contains("org:configure");
        });
    }
}
