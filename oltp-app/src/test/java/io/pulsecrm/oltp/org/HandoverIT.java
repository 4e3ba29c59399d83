package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulsecrm.oltp.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A leaver's records, seeded straight into the other features' tables (their APIs are other
 * issues), pass to the successor; a bystander's records, pooled customers and done tasks stay.
 */
class HandoverIT extends OrgIntegrationTest {

    private static final List<String> OWNED = List.of("lead", "customer", "contact", "opportunity", "contract",
            "payment_plan", "receipt", "task", "campaign");

    /** One record of every kind owned by the user; answers table → id. */
    private Map<String, Long> seed(long owner, long dept, long stage) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long campaign = insert("""
                insert into campaign (name, channel, start_date, end_date, owner_id, owner_dept_id)
                values ('活动 %s', 'EVENT', date '2026-01-01', date '2026-01-31', ?, ?) returning id""".formatted(tag), owner, dept);
        long lead = insert("""
                insert into lead (name, source, campaign_id, owner_id, owner_dept_id, created_by)
                values ('线索 %s', 'EVENT', ?, ?, ?, ?) returning id""".formatted(tag), campaign, owner, dept, owner);
        long customer = insert("""
                insert into customer (name, owner_id, owner_dept_id, owned_since, created_by)
                values ('客户 %s', ?, ?, now() - interval '20 days', ?) returning id""".formatted(tag), owner, dept, owner);
        long contact = insert("""
                insert into contact (customer_id, name, owner_id, owner_dept_id, created_by)
                values (?, '联系人', ?, ?, ?) returning id""", customer, owner, dept, owner);
        long opportunity = insert("""
                insert into opportunity (name, amount, stage_id, customer_id, owner_id, owner_dept_id, created_by)
                values ('商机 %s', 1000, ?, ?, ?, ?, ?) returning id""".formatted(tag), stage, customer, owner, dept, owner);
        long contract = insert("""
                insert into contract (number, name, customer_id, opportunity_id, signed_on, total_amount, owner_id, owner_dept_id, created_by)
                values ('HT-%s', '合同', ?, ?, date '2026-02-01', 1000, ?, ?, ?) returning id""".formatted(tag),
                customer, opportunity, owner, dept, owner);
        long plan = insert("""
                insert into payment_plan (contract_id, seq, amount, due_date, method, owner_id, owner_dept_id)
                values (?, 1, 1000, date '2026-03-01', 'BANK_TRANSFER', ?, ?) returning id""", contract, owner, dept);
        long receipt = insert("""
                insert into receipt (number, contract_id, plan_id, customer_id, amount, received_on, method, owner_id, owner_dept_id, created_by)
                values ('HK-%s', ?, ?, ?, 500, date '2026-03-02', 'BANK_TRANSFER', ?, ?, ?) returning id""".formatted(tag),
                contract, plan, customer, owner, dept, owner);
        long task = insert("""
                insert into task (title, owner_id, owner_dept_id, created_by) values ('回访', ?, ?, ?) returning id""",
                owner, dept, owner);
        return Map.of("lead", lead, "customer", customer, "contact", contact, "opportunity", opportunity,
                "contract", contract, "payment_plan", plan, "receipt", receipt, "task", task, "campaign", campaign);
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private List<Object> owner(String table, long id) {
        return jdbc.sql("select owner_id, owner_dept_id from " + table + " where id = ?").param(id)
                .query((rs, n) -> java.util.Arrays.<Object>asList(rs.getObject(1), rs.getObject(2))).single();
    }

    @Test
    void theLeaverHandsOverExactlyTheirRecordsAndIsDisabled() {
        long stage = newStage("10");
        long leaverDept = users.department(null);
        long successorDept = users.department(null);
        long leaver = users.user(leaverDept, null, "SALES_REP");
        long successor = users.user(successorDept, null, "SALES_REP");
        long bystander = users.user(leaverDept, null, "SALES_REP");
        Map<String, Long> theirs = seed(leaver, leaverDept, stage);
        Map<String, Long> others = seed(bystander, leaverDept, stage);
        long doneTask = insert("""
                insert into task (title, done, done_at, owner_id, owner_dept_id, created_by)
                values ('已完成', true, now(), ?, ?, ?) returning id""", leaver, leaverDept, leaver);
        long pooled = insert("""
                insert into customer (name, pool_entered_at, created_by) values ('公海客户', now(), ?) returning id""", leaver);
        String theirToken = tokenFor(users.username(leaver), TestUsers.PASSWORD);

        MvcTestResult result = post("/api/v1/users/" + leaver + "/handover", """
                {"successorId": %d}""".formatted(successor));

        assertThat(result).hasStatus(HttpStatus.OK).bodyJson().satisfies(json -> {
            for (String kind : List.of("leads", "customers", "contacts", "opportunities", "contracts", "paymentPlans",
                    "receipts", "openTasks", "campaigns")) {
                assertThat(json).extractingPath("$." + kind).asNumber().isEqualTo(1);
            }
            assertThat(json).extractingPath("$.total").asNumber().isEqualTo(9);
        });
        for (String table : OWNED) {
            assertThat(owner(table, theirs.get(table))).as(table).containsExactly(successor, successorDept);
            assertThat(owner(table, others.get(table))).as(table).containsExactly(bystander, leaverDept);
            assertThat(version(table, theirs.get(table))).as(table).isEqualTo(1);
            assertThat(version(table, others.get(table))).as(table).isZero();
        }
        assertThat(owner("task", doneTask)).containsExactly(leaver, leaverDept);
        assertThat(owner("customer", pooled)).containsExactly(null, null);
        assertThat(countWhere("select count(*) from customer where id = ? and owned_since > now() - interval '1 minute'",
                theirs.get("customer"))).isEqualTo(1);

        assertThat(countWhere("select count(*) from app_user where id = ? and not enabled and successor_id = ?", leaver, successor))
                .isEqualTo(1);
        assertThat(me(theirToken)).hasStatus(HttpStatus.UNAUTHORIZED);
        List<Map<String, Object>> logs = jdbc.sql(
                "select action, summary from operation_log where entity_type = 'USER' and entity_id = ?").param(leaver)
                .query().listOfRows();
        assertThat(logs).hasSize(1);
        assertThat(logs.getFirst()).containsEntry("action", "HANDOVER");
        assertThat((String) logs.getFirst().get("summary")).contains("1 leads", "1 customers", "1 open tasks");
    }

    @Test
    void aRefusedHandoverMovesNothing() {
        long stage = newStage("10");
        long dept = users.department(null);
        long leaver = users.user(dept, null, "SALES_REP");
        long disabled = users.user(dept, null, "SALES_REP");
        jdbc.sql("update app_user set enabled = false where id = ?").param(disabled).update();
        Map<String, Long> theirs = seed(leaver, dept, stage);
        long candidate = users.user(dept, null, "SALES_REP");
        String managerToken = users.tokenOf(users.user(dept, null, "SALES_MANAGER"));
        String before = orgSnapshot();

        assertThat(post("/api/v1/users/" + leaver + "/handover", "{\"successorId\": %d}".formatted(disabled)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("successorId");
        assertThat(post("/api/v1/users/" + leaver + "/handover", "{\"successorId\": %d}".formatted(leaver)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post("/api/v1/users/" + leaver + "/handover", "{\"successorId\": %d, \"version\": 7}".formatted(candidate)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        token = managerToken;
        assertThat(post("/api/v1/users/" + leaver + "/handover", "{\"successorId\": %d}".formatted(candidate)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(orgSnapshot()).isEqualTo(before);

        for (String table : OWNED) {
            assertThat(owner(table, theirs.get(table))).as(table).containsExactly(leaver, dept);
        }
        assertThat(countWhere("select count(*) from app_user where id = ? and enabled and successor_id is null", leaver))
                .isEqualTo(1);
    }

    @Test
    void aSuccessorOutsideTheCallersScopeIsRefused() {
        long dept = users.department(null);
        long elsewhere = users.department(null);
        long role = idOf(post("/api/v1/roles", """
                {"name": "%s", "dataScope": "DEPT", "permissions": ["org:view", "org:configure"]}""".formatted(fresh("交接管理员"))));
        long local = users.user(dept, null, "SALES_REP");
        jdbc.sql("insert into user_role (user_id, role_id) values (?, ?)").params(local, role).update();
        long leaver = users.user(dept, null, "SALES_REP");
        long stranger = users.user(elsewhere, null, "SALES_REP");
        token = users.tokenOf(local);
        String before = orgSnapshot();
        assertThat(post("/api/v1/users/" + leaver + "/handover", "{\"successorId\": %d}".formatted(stranger)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.errors[0].field").isEqualTo("successorId");
        assertThat(orgSnapshot()).isEqualTo(before);
    }
}
