package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The organization the customer, lead and pool tests work in, their own:
 *
 * <pre>
 * root ─ east (manager M: SALES_MANAGER, scope DEPT_AND_CHILDREN → reps A, B: SALES_REP, scope SELF)
 *      └ west (outsider O: SALES_REP; agent S: SERVICE_AGENT)
 * </pre>
 * Every test acts as one of them with {@link #as(long)}; the super admin sees everything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SalesFloor extends ApiIntegrationTest {

    protected long east;
    protected long west;
    protected long manager;
    protected long repA;
    protected long repB;
    protected long outsider;
    protected long agent;

    @BeforeAll
    void salesFloor() {
        east = users.department(null);
        west = users.department(null);
        manager = users.user(east, null, "SALES_MANAGER");
        repA = users.user(east, manager, "SALES_REP");
        repB = users.user(east, manager, "SALES_REP");
        outsider = users.user(west, null, "SALES_REP");
        agent = users.user(west, null, "SERVICE_AGENT");
    }

    protected void as(long userId) {
        token = users.tokenOf(userId);
    }

    protected void asAdmin() {
        token = null;
    }

    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A customer owned by the current caller. */
    protected long newCustomer(String name) {
        MvcTestResult created = post("/api/v1/customers", """
                {"name": "%s", "level": "NORMAL", "industry": "制造业", "region": "上海"}""".formatted(name));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    protected long customerOwnedBy(long userId, String name) {
        String before = token;
        as(userId);
        try {
            return newCustomer(name);
        } finally {
            token = before;
        }
    }

    protected int version(String table, long id) {
        // table names are this test's constants
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Integer.class).single();
    }

    protected Long ownerOf(String table, long id) {
        return jdbc.sql("select owner_id from " + table + " where id = :id").param("id", id).query(Long.class)
                .optional().orElse(null);
    }

    protected long countWhere(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The ids of a page answer, in order. */
    protected static java.util.List<Long> ids(MvcTestResult page) {
        assertThat(page).hasStatusOk();
        java.util.List<Number> ids = com.jayway.jsonpath.JsonPath.read(body(page), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    protected String row(String table, long id) {
        return jdbc.sql("select t::text from " + table + " t where id = :id").param("id", id).query(String.class)
                .optional().orElse("absent");
    }
}
