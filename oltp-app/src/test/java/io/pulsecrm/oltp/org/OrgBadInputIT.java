package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every organization endpoint names the bad field of a bad request with a 400 and writes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgBadInputIT extends OrgIntegrationTest {

    private long dept;
    private long user;
    private long other;
    private long role;

    @BeforeAll
    void fixture() {
        dept = users.department(null);
        user = users.user(dept, null, "SALES_REP");
        other = users.user(dept, null, "SALES_REP");
        role = idOf(post("/api/v1/roles", """
                {"name": "%s", "dataScope": "SELF", "permissions": []}""".formatted(fresh("坏输入"))));
    }

    static Stream<Arguments> badRequests() {
        String d = "/api/v1/departments";
        String u = "/api/v1/users";
        String r = "/api/v1/roles";
        String user = "\"username\": \"bad.input.user\", \"displayName\": \"坏\", \"departmentId\": {dept}, "
                + "\"roleIds\": [{role}], \"password\": \"good-password\"";
        String update = "\"displayName\": \"坏\", \"departmentId\": {dept}, \"version\": 0";
        return Stream.of(
                bad("POST", d, "{\"name\": \"x\"}", "parentId"),
                bad("POST", d, "{\"parentId\": {dept}, \"name\": \"  \"}", "name"),
                bad("POST", d, "{\"parentId\": {dept}, \"name\": \"" + "部".repeat(101) + "\"}", "name"),
                bad("POST", d, "{\"parentId\": 987654321, \"name\": \"x\"}", "parentId"),
                bad("POST", d, "{\"parentId\": \"top\", \"name\": \"x\"}", "parentId"),
                bad("POST", d, "{\"parentId\": {dept}, \"name\": \"x\", \"position\": -1}", "position"),
                bad("POST", d, "{\"parentId\": {dept}, \"name\": \"x\", \"colour\": \"red\"}", "colour"),
                bad("POST", d, "{\"parentId\": {dept},", "body"),
                bad("PUT", d + "/{dept}", "{\"name\": \"x\"}", "version"),
                bad("PUT", d + "/{dept}", "{\"name\": \"\", \"version\": 0}", "name"),
                bad("POST", d + "/{dept}/move", "{\"version\": 0}", "parentId"),
                bad("POST", d + "/{dept}/move", "{\"parentId\": 987654321, \"version\": 0}", "parentId"),
                bad("DELETE", d + "/abc", null, "id"),
                bad("DELETE", d + "/{dept}?version=-1", null, "version"),
                bad("POST", u, "{" + user.replace("bad.input.user", "a") + "}", "username"),
                bad("POST", u, "{" + user.replace("bad.input.user", "has space") + "}", "username"),
                bad("POST", u, "{" + user.replace("\"username\": \"bad.input.user\", ", "") + "}", "username"),
                bad("POST", u, "{" + user.replace("坏", " ") + "}", "displayName"),
                bad("POST", u, "{" + user + ", \"email\": \"not-an-email\"}", "email"),
                bad("POST", u, "{" + user + ", \"phone\": \"call me\"}", "phone"),
                bad("POST", u, "{" + user + ", \"title\": \"" + "t".repeat(101) + "\"}", "title"),
                bad("POST", u, "{" + user + ", \"locale\": \"fr\"}", "locale"),
                bad("POST", u, "{" + user + ", \"managerId\": 987654321}", "managerId"),
                bad("POST", u, "{" + user.replace("{dept}", "987654321") + "}", "departmentId"),
                bad("POST", u, "{" + user.replace("[{role}]", "[]") + "}", "roleIds"),
                bad("POST", u, "{" + user.replace("[{role}]", "[987654321]") + "}", "roleIds"),
                bad("POST", u, "{" + user.replace("[{role}]", "[\"admin\"]") + "}", "roleIds[0]"),
                bad("POST", u, "{" + user.replace("good-password", "short") + "}", "password"),
                bad("POST", u, "{" + user.replace("good-password", "Bad.Input.User") + "}", "password"),
                bad("PUT", u + "/{user}", "{" + update.replace(", \"version\": 0", "") + "}", "version"),
                bad("PUT", u + "/{user}", "{" + update + ", \"managerId\": {user}0000}", "managerId"),
                bad("PUT", u + "/{user}", "{" + update + ", \"username\": \"rename\"}", "username"),
                bad("PUT", u + "/{user}/roles", "{\"roleIds\": []}", "roleIds"),
                bad("PUT", u + "/{user}/roles", "{\"roleIds\": [987654321]}", "roleIds"),
                bad("POST", u + "/{user}/disable", "{\"version\": \"one\"}", "version"),
                bad("POST", u + "/{user}/enable", "{\"version\": -2}", "version"),
                bad("POST", u + "/{user}/handover", "{}", "successorId"),
                bad("POST", u + "/{user}/handover", "{\"successorId\": 987654321}", "successorId"),
                bad("POST", u + "/{user}/password", "{}", "newPassword"),
                bad("POST", u + "/{user}/password", "{\"newPassword\": \"1234567\"}", "newPassword"),
                bad("POST", "/api/v1/me/password", "{\"newPassword\": \"good-password\"}", "currentPassword"),
                bad("POST", "/api/v1/me/password", "{\"currentPassword\": \"x\", \"newPassword\": \"good-password\"}", "currentPassword"),
                bad("GET", u + "?size=0", null, "size"),
                bad("GET", u + "?sort=password", null, "sort"),
                bad("GET", u + "?enabled=maybe", null, "enabled"),
                bad("GET", u + "/lookup?limit=51", null, "limit"),
                bad("GET", u + "/x", null, "id"),
                bad("POST", r, "{\"dataScope\": \"SELF\", \"permissions\": []}", "name"),
                bad("POST", r, "{\"name\": \"n\", \"permissions\": []}", "dataScope"),
                bad("POST", r, "{\"name\": \"n\", \"dataScope\": \"SELF\"}", "permissions"),
                bad("POST", r, "{\"name\": \"n\", \"dataScope\": \"SELF\", \"permissions\": [\"lead:fly\"]}", "permissions[0]"),
                bad("POST", r, "{\"name\": \"n\", \"dataScope\": \"CUSTOM\", \"permissions\": []}", "departmentIds"),
                bad("POST", r, "{\"name\": \"n\", \"dataScope\": \"SELF\", \"departmentIds\": [{dept}], \"permissions\": []}", "departmentIds"),
                bad("PUT", r + "/{role}", "{\"name\": \"n\", \"dataScope\": \"SELF\", \"permissions\": []}", "version"),
                bad("PUT", r + "/{role}", "{\"name\": \"" + "r".repeat(65) + "\", \"dataScope\": \"SELF\", \"permissions\": [], \"version\": 0}", "name"),
                bad("DELETE", r + "/{role}?version=x", null, "version"));
    }

    @ParameterizedTest(name = "{0} {1} {2} names {3}")
    @MethodSource("badRequests")
    void badInputIsNamedAndNothingIsWritten(String method, String path, String json, String field) {
        String before = orgSnapshot();

        MvcTestResult result = sendFilled(method, path, json);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().doesNotContainNull();
        assertThat(orgSnapshot()).isEqualTo(before);
    }

    private MvcTestResult sendFilled(String method, String path, String json) {
        token = path.startsWith("/api/v1/me/") ? users.tokenOf(other) : users.login("admin", ADMIN_PASSWORD);
        return send(method, fill(path), json == null ? null : fill(json));
    }

    private String fill(String text) {
        return text.replace("{dept}", Long.toString(dept)).replace("{user}", Long.toString(user))
                .replace("{role}", Long.toString(role));
    }

    private static Arguments bad(String method, String path, String json, String field) {
        return Arguments.of(method, path, json, field);
    }
}
