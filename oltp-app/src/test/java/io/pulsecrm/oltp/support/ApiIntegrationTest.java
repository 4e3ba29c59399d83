package io.pulsecrm.oltp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Integration tests through the REST API on a real PostgreSQL. One application context is shared
 * by every subclass; tests isolate by their own data (stages with fresh names, their own deals).
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ApiIntegrationTest {

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected JdbcClient jdbc;

    /** The bootstrap super admin's password in tests. */
    protected static final String ADMIN_PASSWORD = "admin-test-password";

    /** The test's own departments and users, and their logins. */
    protected TestUsers users;

    /** The bearer token requests are sent with; a test acts as someone else by replacing it. */
    protected String token;

    @Autowired
    void testUsers(PasswordEncoder passwords) {
        users = new TestUsers(jdbc, mvc, passwords);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, null);
        registry.add("crm.identity.admin-password", () -> ADMIN_PASSWORD);
    }

    /** Each test starts as the super admin. */
    @BeforeEach
    void actAsAdmin() {
        token = null;
    }

    private String bearer() {
        return "Bearer " + (token != null ? token : users.login("admin", ADMIN_PASSWORD));
    }

    /** Any method, with a JSON body or none, as the current {@link #token} (the super admin by default). */
    protected MvcTestResult send(String method, String path, String json) {
        var request = mvc.method(HttpMethod.valueOf(method)).uri(path).header(HttpHeaders.AUTHORIZATION, bearer());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    protected MvcTestResult post(String path, String json) {
        return send("POST", path, json);
    }

    protected MvcTestResult put(String path, String json) {
        return send("PUT", path, json);
    }

    protected MvcTestResult get(String path) {
        return send("GET", path, null);
    }

    protected MvcTestResult delete(String path) {
        return send("DELETE", path, null);
    }

    /** A stage of this test's own, far down the pipeline so it does not disturb others' order. */
    protected long newStage(String winRate) {
        String name = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        MvcTestResult created = post("/api/v1/stages", """
                {"name": "%s", "position": 9000, "winRate": %s}""".formatted(name, winRate));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    /** A deal of the user requests act as, under a new customer of theirs. */
    protected long newOpportunity(long stageId, String amount) {
        MvcTestResult created = post("/api/v1/opportunities", """
                {"name": "IT 商机 %s", "amount": %s, "stageId": %d, "expectedCloseDate": "2026-12-31", "customerId": %d}"""
                .formatted(UUID.randomUUID(), amount, stageId, newCustomerOfCaller()));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    /** A customer owned by the user requests act as, made directly in PostgreSQL (the customer API has its own tests). */
    protected long newCustomerOfCaller() {
        return newCustomerOf(idOf(get("/api/v1/me")));
    }

    /** A customer owned by the user, in their department, made directly in PostgreSQL. */
    protected long newCustomerOf(long ownerId) {
        return jdbc.sql("""
                insert into customer (name, owner_id, owner_dept_id, created_by, owned_since)
                select :name, u.id, u.department_id, u.id, now() from app_user u where u.id = :owner returning id
                """).param("name", "IT 客户 " + UUID.randomUUID()).param("owner", ownerId).query(Long.class).single();
    }

    protected static long idOf(MvcTestResult result) {
        return JsonPath.<Number>read(body(result), "$.id").longValue();
    }

    protected static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    protected BigDecimal decimal(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(BigDecimal.class).single();
    }

    /**
     * {@code copies} copies of customer {@code template} (same owner and fields), named {@code name + " " + n}
     * and each a second older than the last: a list longer than lists count, without a request per row.
     */
    protected void copiesOfCustomer(long template, String name, int copies) {
        java.util.List<String> columns = jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = 'customer'
                  and column_name not in ('id', 'name', 'updated_at') and is_generated = 'NEVER'
                order by ordinal_position""").query(String.class).list();
        String copied = String.join(", ", columns);
        jdbc.sql("insert into customer (name, updated_at, " + copied + ") select :name || ' ' || g,"
                        + " now() - g * interval '1 second', " + copied
                        + " from customer, generate_series(1, :copies) g where id = :template")
                .param("name", name).param("copies", copies).param("template", template).update();
    }
}
