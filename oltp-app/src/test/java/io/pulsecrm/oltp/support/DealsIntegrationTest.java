package io.pulsecrm.oltp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the deal ITs (products, opportunities, contracts, receipts) build on: customers, campaigns
 * and products made directly in PostgreSQL (their own APIs have their own tests), custom roles,
 * approval flows through the API, and short ways to read answers.
 */
public abstract class DealsIntegrationTest extends ApiIntegrationTest {

    /** A customer owned by the user, attributed to their department, as V3's constraints want. */
    protected long customerOf(long ownerId) {
        return customerOf(ownerId, null);
    }

    protected long customerOf(long ownerId, Long campaignId) {
        return jdbc.sql("""
                insert into customer (name, owner_id, owner_dept_id, created_by, owned_since, campaign_id)
                select :name, u.id, u.department_id, u.id, now(), :campaign from app_user u where u.id = :owner
                returning id
                """).param("name", "IT 客户 " + UUID.randomUUID()).param("owner", ownerId)
                .param("campaign", campaignId).query(Long.class).single();
    }

    /** A customer in the public pool (no owner). */
    protected long pooledCustomer() {
        long admin = userId("admin");
        return jdbc.sql("""
                insert into customer (name, created_by, pool_entered_at) values (:name, :by, now()) returning id
                """).param("name", "IT 公海客户 " + UUID.randomUUID()).param("by", admin).query(Long.class).single();
    }

    protected long campaignOf(long ownerId) {
        return jdbc.sql("""
                insert into campaign (name, channel, start_date, end_date, owner_id, owner_dept_id)
                select :name, 'EVENT', date '2026-01-01', date '2026-12-31', u.id, u.department_id
                from app_user u where u.id = :owner returning id
                """).param("name", "IT 活动 " + UUID.randomUUID()).param("owner", ownerId).query(Long.class).single();
    }

    /** An active catalogue product at this price. */
    protected long product(String price) {
        return jdbc.sql("insert into product (code, name, price) values (:code, :name, :price) returning id")
                .param("code", "IT-" + UUID.randomUUID().toString().substring(0, 12))
                .param("name", "IT 产品 " + UUID.randomUUID().toString().substring(0, 6))
                .param("price", new BigDecimal(price)).query(Long.class).single();
    }

    protected long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    protected long roleId(String code) {
        return jdbc.sql("select id from app_role where code = :c").param("c", code).query(Long.class).single();
    }

    /** A custom role of the test's own with these permissions and data scope. */
    protected long customRole(String dataScope, String... permissions) {
        long role = jdbc.sql("insert into app_role (name, data_scope) values (:n, :s) returning id")
                .param("n", "IT role " + UUID.randomUUID()).param("s", dataScope).query(Long.class).single();
        for (String permission : permissions) {
            jdbc.sql("insert into role_permission (role_id, permission) values (:r, :p)").param("r", role)
                    .param("p", permission).update();
        }
        return role;
    }

    protected void grantRole(long userId, long roleId) {
        jdbc.sql("insert into user_role (user_id, role_id) values (:u, :r)").param("u", userId).param("r", roleId)
                .update();
    }

    /** Makes a new flow with these steps (JSON array) the enabled one, as the super admin. */
    protected long enableFlow(String stepsJson) {
        String before = token;
        token = null;
        try {
            MvcTestResult created = post("/api/v1/approval-flows", """
                    {"name": "IT flow %s", "steps": %s}""".formatted(UUID.randomUUID(), stepsJson));
            assertThat(created).hasStatus(HttpStatus.CREATED);
            return idOf(created);
        } finally {
            token = before;
        }
    }

    /** No flow enabled: a submitted contract is approved at once. */
    protected void noFlow() {
        jdbc.sql("update approval_flow set enabled = false, version = version + 1 where enabled").update();
    }

    /** A draft contract of the caller for the customer, one line of quantity × the product's price. */
    protected long draftContract(long customerId, long productId, String quantity) {
        MvcTestResult created = post("/api/v1/contracts", """
                {"name": "IT 合同", "customerId": %d, "signedOn": "2026-03-01",
                 "lines": [{"productId": %d, "quantity": %s}]}""".formatted(customerId, productId, quantity));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    /** A contract of the caller approved at once (no flow enabled while it is submitted). */
    protected long approvedContract(long customerId, long productId, String quantity) {
        long id = draftContract(customerId, productId, quantity);
        noFlow();
        assertThat(post("/api/v1/contracts/%d/submit".formatted(id), "{\"version\": %d}".formatted(version("contract", id))))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("APPROVED");
        return id;
    }

    protected int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Integer.class).single();
    }

    protected BigDecimal amountOf(String table, String column, long id) {
        return jdbc.sql("select " + column + " from " + table + " where id = :id").param("id", id)
                .query(BigDecimal.class).single();
    }

    protected String statusOf(String table, long id) {
        return jdbc.sql("select status from " + table + " where id = :id").param("id", id).query(String.class).single();
    }

    protected static <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    protected static List<Long> ids(MvcTestResult result, String path) {
        List<Number> numbers = JsonPath.read(body(result), path);
        return numbers.stream().map(Number::longValue).toList();
    }

    /** A row of the table as text: any write to it changes the answer. */
    protected String row(String table, long id) {
        return jdbc.sql("select t::text from " + table + " t where id = :id").param("id", id).query(String.class)
                .optional().orElse("<none>");
    }

    protected long countWhere(String table, String column, long value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :v").param("v", value)
                .query(Long.class).single();
    }
}
