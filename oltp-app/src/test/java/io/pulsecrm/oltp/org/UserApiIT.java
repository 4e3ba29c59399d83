package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.pulsecrm.oltp.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class UserApiIT extends OrgIntegrationTest {

    private long createUser(String username, long department, Long manager, String password, long... roles) {
        StringBuilder ids = new StringBuilder();
        for (long role : roles) {
            ids.append(ids.isEmpty() ? "" : ",").append(role);
        }
        MvcTestResult created = post("/api/v1/users", """
                {"username": "%s", "displayName": "张三", "email": "zs@example.com", "phone": "+86 138-0000-0000",
                 "title": "销售代表", "departmentId": %d, "managerId": %s, "roleIds": [%s], "password": "%s"}"""
                .formatted(username, department, manager, ids, password));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    @Test
    void aCreatedUserLogsInWithTheInitialPasswordStoredAsBcrypt() {
        long dept = users.department(null);
        String username = fresh("zhang.san.");
        long id = createUser(username, dept, null, "initial-pw-1", roleId("SALES_REP"));

        assertThat(get("/api/v1/users/" + id)).hasStatus(HttpStatus.OK).bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.username").isEqualTo(username);
                    assertThat(json).extractingPath("$.departmentId").asNumber().isEqualTo((int) dept);
                    assertThat(json).extractingPath("$.roles[0].code").isEqualTo("SALES_REP");
                    assertThat(json).extractingPath("$.enabled").isEqualTo(true);
                });
        String hash = jdbc.sql("select password_hash from user_credential where user_id = ?").param(id).query(String.class).single();
        assertThat(hash).startsWith("$2").doesNotContain("initial-pw-1");
        assertThat(login(username.toUpperCase(), "initial-pw-1")).hasStatus(HttpStatus.OK);
        assertThat(get("/api/v1/users/" + id + "/logs")).bodyJson().extractingPath("$[0].action").isEqualTo("CREATE");
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        long dept = users.department(null);
        String username = fresh("Li.Si.");
        createUser(username, dept, null, "initial-pw-1", roleId("SALES_REP"));
        String before = orgSnapshot();
        assertThat(post("/api/v1/users", """
                {"username": "%s", "displayName": "李四", "departmentId": %d, "roleIds": [%d], "password": "another-pw-2"}"""
                .formatted(username.toLowerCase(), dept, roleId("SALES_REP")))).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("username-taken");
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void aPasswordMustBeLongEnoughAndNotTheUsername() {
        long dept = users.department(null);
        String before = orgSnapshot();
        for (String password : List.of("short", "wang.wu.long")) {
            assertThat(post("/api/v1/users", """
                    {"username": "wang.wu.long", "displayName": "王五", "departmentId": %d, "roleIds": [%d], "password": "%s"}"""
                    .formatted(dept, roleId("SALES_REP"), password))).hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("password");
        }
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void editingMovesAUserAndAStaleVersionIsRefused() {
        long from = users.department(null);
        long to = users.department(null);
        long boss = users.user(to, null, "SALES_MANAGER");
        long id = users.user(from, null, "SALES_REP");
        int read = version("app_user", id);
        MvcTestResult edited = put("/api/v1/users/" + id, """
                {"displayName": "赵六", "title": "高级销售", "departmentId": %d, "managerId": %d, "locale": "en", "version": %d}"""
                .formatted(to, boss, read));
        assertThat(edited).hasStatus(HttpStatus.OK).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.departmentId").asNumber().isEqualTo((int) to);
            assertThat(json).extractingPath("$.managerId").asNumber().isEqualTo((int) boss);
            assertThat(json).extractingPath("$.version").asNumber().isEqualTo(read + 1);
        });
        String before = orgSnapshot();
        assertThat(put("/api/v1/users/" + id, """
                {"displayName": "赵七", "departmentId": %d, "version": %d}""".formatted(to, read)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(orgSnapshot()).isEqualTo(before);
        assertThat(put("/api/v1/users/" + id, """
                {"displayName": "赵六", "departmentId": %d, "version": %d}""".formatted(to, read + 1)))
                .hasStatus(HttpStatus.OK).bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.locale").isEqualTo("en");
                    assertThat(json).extractingPath("$.managerId").isNull();
                    assertThat(json).extractingPath("$.title").isNull();
                });
    }

    @Test
    void aManagerChainNeverLoops() {
        long dept = users.department(null);
        long top = users.user(dept, null, "SALES_MANAGER");
        long middle = users.user(dept, top, "SALES_REP");
        long bottom = users.user(dept, middle, "SALES_REP");
        String before = orgSnapshot();
        for (long manager : List.of(bottom, middle, top)) {
            assertThat(put("/api/v1/users/" + top, """
                    {"displayName": "经理", "departmentId": %d, "managerId": %d, "version": %d}"""
                    .formatted(dept, manager, version("app_user", top)))).hasStatus(HttpStatus.CONFLICT)
                    .bodyJson().extractingPath("$.code").isEqualTo("manager-cycle");
        }
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void aDisabledUsersTokenIsRefusedAtOnceAndTheyCannotLogIn() {
        long id = users.user(users.department(null), null, "SALES_REP");
        String username = users.username(id);
        String theirs = tokenFor(username, TestUsers.PASSWORD);
        assertThat(me(theirs)).hasStatus(HttpStatus.OK);

        assertThat(post("/api/v1/users/" + id + "/disable", "{\"version\": %d}".formatted(version("app_user", id))))
                .hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.enabled").isEqualTo(false);

        assertThat(me(theirs)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(login(username, TestUsers.PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(countWhere("select count(*) from user_session where user_id = ? and revoked_at is null", id)).isZero();
        assertThat(countWhere("select count(*) from app_user where id = ?", id)).isEqualTo(1);

        assertThat(post("/api/v1/users/" + id + "/enable", "")).hasStatus(HttpStatus.OK);
        assertThat(login(username, TestUsers.PASSWORD)).hasStatus(HttpStatus.OK);
        assertThat(get("/api/v1/users/" + id + "/logs")).bodyJson().extractingPath("$[*].action").asArray()
                .containsSubsequence("ENABLE", "DISABLE");
    }

    @Test
    void thereIsNoWayToDeleteAUser() {
        long id = users.user(users.department(null), null, "SALES_REP");
        assertThat(delete("/api/v1/users/" + id)).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(countWhere("select count(*) from app_user where id = ?", id)).isEqualTo(1);
    }

    @Test
    void nobodyDisablesOrHandsOverThemselves() {
        long admin = users.user(users.department(null), null, "ADMIN");
        long other = users.user(users.department(null), null, "SALES_REP");
        token = users.tokenOf(admin);
        String before = orgSnapshot();
        assertThat(post("/api/v1/users/" + admin + "/disable", "")).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("not-yourself");
        assertThat(post("/api/v1/users/" + admin + "/handover", "{\"successorId\": %d}".formatted(other)))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void onlyASuperAdminGrantsOrRevokesSuperAdmin() {
        long dept = users.department(null);
        long admin = users.user(dept, null, "ADMIN");
        long rep = users.user(dept, null, "SALES_REP");
        token = users.tokenOf(admin);
        String before = orgSnapshot();
        assertThat(put("/api/v1/users/" + rep + "/roles", "{\"roleIds\": [%d, %d]}"
                .formatted(roleId("SALES_REP"), roleId("SUPER_ADMIN")))).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.code").isEqualTo("super-admin-only");
        assertThat(put("/api/v1/users/" + admin + "/roles", "{\"roleIds\": [%d]}".formatted(roleId("SUPER_ADMIN"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(orgSnapshot()).isEqualTo(before);
        // the admin role may still hand out ordinary roles
        assertThat(put("/api/v1/users/" + rep + "/roles", "{\"roleIds\": [%d, %d]}"
                .formatted(roleId("SALES_REP"), roleId("MARKETER")))).hasStatus(HttpStatus.OK)
                .bodyJson().extractingPath("$.roles[*].code").asArray().containsExactly("SALES_REP", "MARKETER");

        token = null;
        MvcTestResult granted = put("/api/v1/users/" + rep + "/roles", "{\"roleIds\": [%d]}".formatted(roleId("SUPER_ADMIN")));
        assertThat(granted).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.superAdmin").isEqualTo(true);
        token = users.tokenOf(admin);
        // a super admin's account is out of reach for a mere admin
        assertThat(post("/api/v1/users/" + rep + "/disable", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("/api/v1/users/" + rep + "/password", "{\"newPassword\": \"taken-over-1\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        token = null;
        assertThat(put("/api/v1/users/" + rep + "/roles", "{\"roleIds\": [%d]}".formatted(roleId("SALES_REP"))))
                .hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.superAdmin").isEqualTo(false);
    }

    @Test
    void theLastEnabledSuperAdminKeepsTheRole() {
        long admin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
        jdbc.sql("""
                update app_user set enabled = false where id <> ? and id in
                  (select user_id from user_role where role_id = (select id from app_role where code = 'SUPER_ADMIN'))
                """).param(admin).update();
        String before = orgSnapshot();
        assertThat(put("/api/v1/users/" + admin + "/roles", "{\"roleIds\": [%d]}".formatted(roleId("ADMIN"))))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("last-super-admin");
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void anAdminResetsAPasswordWhichUnlocksAndEndsSessions() {
        long id = users.user(users.department(null), null, "SALES_REP");
        String username = users.username(id);
        String theirs = tokenFor(username, TestUsers.PASSWORD);
        jdbc.sql("update user_credential set failed_attempts = 3, locked_until = now() + interval '10 minutes' where user_id = ?")
                .param(id).update();
        assertThat(login(username, TestUsers.PASSWORD)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);

        assertThat(post("/api/v1/users/" + id + "/password", "{\"newPassword\": \"brand-new-pw\"}"))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(me(theirs)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(login(username, TestUsers.PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(login(username, "brand-new-pw")).hasStatus(HttpStatus.OK);
    }

    @Test
    void anAdminUnlocksALockedUser() {
        long id = users.user(users.department(null), null, "SALES_REP");
        jdbc.sql("update user_credential set failed_attempts = 4, locked_until = now() + interval '10 minutes' where user_id = ?")
                .param(id).update();
        assertThat(get("/api/v1/users/" + id)).bodyJson().extractingPath("$.locked").isEqualTo(true);
        assertThat(post("/api/v1/users/" + id + "/unlock", "")).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(countWhere("select count(*) from user_credential where user_id = ? and failed_attempts = 0 and locked_until is null", id))
                .isEqualTo(1);
        assertThat(login(users.username(id), TestUsers.PASSWORD)).hasStatus(HttpStatus.OK);
    }

    @Test
    void usersChangeTheirOwnPasswordAndTheirOtherSessionsEnd() {
        long id = users.user(users.department(null), null, "SALES_REP");
        String username = users.username(id);
        String other = tokenFor(username, TestUsers.PASSWORD);
        token = tokenFor(username, TestUsers.PASSWORD);
        String before = orgSnapshot();
        assertThat(post("/api/v1/me/password", """
                {"currentPassword": "wrong-one", "newPassword": "my-new-password"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("currentPassword");
        assertThat(post("/api/v1/me/password", """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(TestUsers.PASSWORD, username)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("newPassword");
        assertThat(orgSnapshot()).isEqualTo(before);

        assertThat(post("/api/v1/me/password", """
                {"currentPassword": "%s", "newPassword": "my-new-password"}""".formatted(TestUsers.PASSWORD)))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(me(token)).hasStatus(HttpStatus.OK);
        assertThat(me(other)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(login(username, "my-new-password")).hasStatus(HttpStatus.OK);
    }

    @Test
    void theListShowsOnlyUsersInTheCallersScope() {
        long region = users.department(null);
        long team = users.department(region);
        long elsewhere = users.department(null);
        long manager = users.user(region, null, "SALES_MANAGER");
        long member = users.user(team, manager, "SALES_REP");
        long outsider = users.user(elsewhere, null, "SALES_REP");
        token = users.tokenOf(manager);

        MvcTestResult page = get("/api/v1/users?size=100&sort=username,desc");
        assertThat(page).hasStatus(HttpStatus.OK);
        List<Number> ids = JsonPath.read(body(page), "$.items[*].id");
        assertThat(ids.stream().map(Number::longValue).toList()).contains(manager, member).doesNotContain(outsider);
        assertThat(get("/api/v1/users/" + outsider)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/users?departmentId=" + team)).bodyJson().extractingPath("$.totalItems").asNumber().isEqualTo(1);

        String before = orgSnapshot();
        assertThat(post("/api/v1/users/" + member + "/disable", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    @Test
    void anAdminWithADepartmentScopeManagesOnlyThatDepartment() {
        long dept = users.department(null);
        long elsewhere = users.department(null);
        long role = idOf(post("/api/v1/roles", """
                {"name": "%s", "dataScope": "DEPT", "permissions": ["org:view", "org:configure"]}""".formatted(fresh("部门管理员"))));
        long local = users.user(dept, null, "SALES_REP");
        jdbc.sql("insert into user_role (user_id, role_id) values (?, ?)").params(local, role).update();
        long outsider = users.user(elsewhere, null, "SALES_REP");
        long colleague = users.user(dept, null, "SALES_REP");
        token = users.tokenOf(local);
        String before = orgSnapshot();
        assertThat(post("/api/v1/users/" + outsider + "/disable", "")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(put("/api/v1/users/" + colleague, """
                {"displayName": "调走", "departmentId": %d, "version": %d}""".formatted(elsewhere, version("app_user", colleague))))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.errors[0].field").isEqualTo("departmentId");
        assertThat(orgSnapshot()).isEqualTo(before);
        assertThat(post("/api/v1/users/" + colleague + "/disable", "")).hasStatus(HttpStatus.OK);
    }

    @Test
    void theLookupListsEnabledUsersInScopeForAnyone() {
        long dept = users.department(null);
        long rep = users.user(dept, null, "SALES_REP");
        long colleague = users.user(dept, null, "SALES_REP");
        long agent = users.user(dept, null, "SERVICE_AGENT");
        long gone = users.user(dept, null, "SERVICE_AGENT");
        jdbc.sql("update app_user set enabled = false where id = ?").param(gone).update();

        token = users.tokenOf(rep);
        List<Number> mine = JsonPath.read(body(get("/api/v1/users/lookup?q=it-")), "$[*].id");
        assertThat(mine.stream().map(Number::longValue).toList()).containsExactly(rep);
        assertThat(get("/api/v1/users")).hasStatus(HttpStatus.FORBIDDEN);

        token = users.tokenOf(agent);
        MvcTestResult found = get("/api/v1/users/lookup?limit=50");
        assertThat(found).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$[0].departmentName").isNotNull();
        List<Number> ids = JsonPath.read(body(found), "$[*].id");
        assertThat(ids.stream().map(Number::longValue).toList()).contains(rep, colleague, agent).doesNotContain(gone);
    }
}
