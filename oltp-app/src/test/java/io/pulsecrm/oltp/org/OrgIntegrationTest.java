package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.pulsecrm.oltp.support.ApiIntegrationTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Helpers the organization ITs share: versions, role ids, raw logins, fresh names. */
abstract class OrgIntegrationTest extends ApiIntegrationTest {

    protected long topDepartment() {
        return jdbc.sql("select id from department where parent_id is null").query(Long.class).single();
    }

    protected int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Integer.class).single();
    }

    protected long roleId(String code) {
        return jdbc.sql("select id from app_role where code = :c").param("c", code).query(Long.class).single();
    }

    protected static String fresh(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A login that is not cached, answering the raw result. */
    protected MvcTestResult login(String username, String password) {
        return mvc.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .with(request -> {
                    request.setRemoteAddr("10.9.%d.%d".formatted((int) (Math.random() * 250), (int) (Math.random() * 250)));
                    return request;
                })
                .content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password)).exchange();
    }

    protected String tokenFor(String username, String password) {
        MvcTestResult result = login(username, password);
        assertThat(result).hasStatus(HttpStatus.OK);
        return JsonPath.read(body(result), "$.token");
    }

    protected MvcTestResult me(String bearer) {
        return mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer).exchange();
    }

    protected long countWhere(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Rows of every organization table: any write changes it. */
    protected String orgSnapshot() {
        return jdbc.sql("""
                select (select count(*) || '/' || max(id) || '/' || sum(version) from department) || '|' ||
                       (select count(*) || '/' || max(id) || '/' || sum(version) || '/' || count(*) filter (where enabled) from app_user) || '|' ||
                       (select count(*) || '/' || max(id) || '/' || sum(version) from app_role) || '|' ||
                       (select count(*) from role_permission) || '|' || (select count(*) from role_scope_department) || '|' ||
                       (select count(*) from user_role) || '|' ||
                       (select count(*) || '/' || coalesce(sum(failed_attempts), 0) || '/' || max(password_changed_at) from user_credential) || '|' ||
                       (select count(*) filter (where revoked_at is not null) from user_session) || '|' ||
                       (select count(*) from operation_log)
                """).query(String.class).single();
    }
}
