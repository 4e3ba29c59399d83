package io.pulsecrm.oltp.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Departments and users of a test's own, made directly in PostgreSQL (the organization API has its
 * own tests), and their logins through the real login endpoint. Tokens are reused per user.
 */
public class TestUsers {

    public static final String PASSWORD = "test-password-1";

    private final JdbcClient jdbc;
    private final MockMvcTester mvc;
    private final PasswordEncoder passwords;
    private final ConcurrentHashMap<String, String> tokens = new ConcurrentHashMap<>();
    private String passwordHash;

    public TestUsers(JdbcClient jdbc, MockMvcTester mvc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.passwords = passwords;
    }

    /** A new department under {@code parentId} (null: under the top department). */
    public long department(Long parentId) {
        Long parent = parentId != null ? parentId
                : jdbc.sql("select id from department where parent_id is null").query(Long.class).single();
        return jdbc.sql("insert into department (parent_id, name) values (:parent, :name) returning id")
                .param("parent", parent).param("name", "IT-dept-" + UUID.randomUUID().toString().substring(0, 8))
                .query(Long.class).single();
    }

    /** A new enabled user in the department with the built-in roles (codes), reporting to manager. */
    public long user(long departmentId, Long managerId, String... roleCodes) {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
        long id = jdbc.sql("""
                insert into app_user (username, display_name, department_id, manager_id)
                values (:username, :name, :dept, :manager) returning id
                """).param("username", username).param("name", "测试 " + username).param("dept", departmentId)
                .param("manager", managerId).query(Long.class).single();
        jdbc.sql("insert into user_credential (user_id, password_hash) values (:id, :hash)")
                .param("id", id).param("hash", hash()).update();
        for (String role : roleCodes) {
            jdbc.sql("insert into user_role (user_id, role_id) select :id, id from app_role where code = :code")
                    .param("id", id).param("code", role).update();
        }
        return id;
    }

    public String username(long userId) {
        return jdbc.sql("select username from app_user where id = :id").param("id", userId).query(String.class).single();
    }

    /** A bearer token for the user (logs in once per user and password). */
    public String tokenOf(long userId) {
        return login(username(userId), PASSWORD);
    }

    public String login(String username, String password) {
        return tokens.computeIfAbsent(username + "\u0000" + password, key -> {
            MvcTestResult result = mvc.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password))
                    .exchange();
            String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            if (result.getResponse().getStatus() != 200) {
                throw new IllegalStateException("login of " + username + " failed: " + body);
            }
            return JsonPath.read(body, "$.token");
        });
    }

    private synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = passwords.encode(PASSWORD);
        }
        return passwordHash;
    }

    /** A role of its own with {@code scope} and exactly {@code permissions}, for a test that needs an odd grant. */
    public long role(String scope, String... permissions) {
        long role = jdbc.sql("insert into app_role (name, data_scope) values (:name, :scope) returning id")
                .param("name", "IT-role-" + UUID.randomUUID().toString().substring(0, 8)).param("scope", scope)
                .query(Long.class).single();
        for (String permission : permissions) {
            jdbc.sql("insert into role_permission (role_id, permission) values (?, ?)").params(role, permission).update();
        }
        return role;
    }

    /** Gives {@code user} the role, on top of what they have. */
    public void grant(long user, long role) {
        jdbc.sql("insert into user_role (user_id, role_id) values (?, ?)").params(user, role).update();
    }
}
