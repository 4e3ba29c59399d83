package io.pulsecrm.streams.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.segment.Rule;
import io.pulsecrm.streams.CrmDatabase;
import io.pulsecrm.streams.TopicTail;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reps' records the analytics need, on the real local stack: every row written, changed and deleted in PostgreSQL
 * arrives on {@code cdc.<table>} keyed by its id, with the before-image of FULL replica identity, and without the
 * personal columns excluded at the source.
 */
class CapturedRecordsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SEGMENT_RULE = "{\"feature\": \"level\", \"operator\": \"EQ\", \"values\": [\"KEY\"]}";

    @RegisterExtension
    final CdcTestEngine cdc = new CdcTestEngine();

    @Test
    void everyRecordTableArrivesKeyedByIdWithBeforeImagesAndWithoutPersonalColumns() throws Exception {
        CrmDatabase db = CdcTestEngine.database();
        cdc.start(CdcConfig.DEFAULT_TABLES);
        Map<String, Long> rows = writeOneRowPerTable(db, cdc.suffix);
        for (String table : rows.keySet()) {
            db.queryLong("update " + table + " set id = id where id = ? returning id", rows.get(table));
        }
        // children first, so every row is deleted by its own statement, not by a cascade
        for (String table : List.of("receipt", "payment_plan", "contract", "follow_up", "pool_event", "contact",
                "customer", "lead", "campaign_cost", "campaign", "sales_target", "segment")) {
            db.queryLong("delete from " + table + " where id = ? returning id", rows.get(table));
        }

        for (var row : rows.entrySet()) {
            String table = row.getKey();
            try (var topic = new TopicTail(CdcTestEngine.kafka(), "cdc." + table)) {
                List<ConsumerRecord<String, String>> records = await(table).atMost(CdcTestEngine.TIMEOUT)
                        .until(() -> topic.forKey(Long.toString(row.getValue())), r -> r.size() >= 4);
                JsonNode created = JSON.readTree(records.get(0).value());
                JsonNode updated = JSON.readTree(records.get(1).value());
                JsonNode deleted = JSON.readTree(records.get(2).value());
                assertThat(List.of(created, updated, deleted)).extracting(e -> e.get("op").asString())
                        .as(table).containsExactly("c", "u", "d");
                assertThat(updated.get("before")).as(table + ": whole before-image (REPLICA IDENTITY FULL)")
                        .isEqualTo(updated.get("after"));
                assertThat(deleted.get("before")).as(table).isEqualTo(created.get("after"));
                assertThat(records.get(3).value()).as(table + ": tombstone").isNull();
                for (String column : excludedColumnsOf(table)) {
                    assertThat(created.get("after").has(column)).as(table + "." + column + " stays in PostgreSQL")
                            .isFalse();
                }
            }
        }
    }

    /**
     * A segment's jsonb rule arrives as its JSON text (Debezium's Json type), which the segment row reads with
     * segment-rules.
     */
    @Test
    void aSegmentsRuleArrivesAsJsonTextTheRuleModuleReads() throws Exception {
        CrmDatabase db = CdcTestEngine.database();
        cdc.start(List.of("public.segment"));
        long admin = db.queryLong("select id from app_user where username = 'admin'");
        long segment = db.queryLong("insert into segment (name, rule, owner_id, owner_dept_id) select ?, cast(? as jsonb), "
                + "id, department_id from app_user where id = ? returning id", "Rule " + cdc.suffix, SEGMENT_RULE, admin);

        try (var topic = new TopicTail(CdcTestEngine.kafka(), "cdc.segment")) {
            List<ConsumerRecord<String, String>> records = await("segment").atMost(CdcTestEngine.TIMEOUT)
                    .until(() -> topic.forKey(Long.toString(segment)), r -> !r.isEmpty());
            JsonNode rule = JSON.readTree(records.get(0).value()).get("after").get("rule");
            assertThat(rule.isString()).isTrue();
            assertThat(Rule.parse(rule.stringValue())).isEqualTo(Rule.parse(SEGMENT_RULE));
        }
    }

    /** Inserts one row in each newly captured table, personal columns filled in; returns the ids by table. */
    private static Map<String, Long> writeOneRowPerTable(CrmDatabase db, String suffix) throws SQLException {
        long admin = db.queryLong("select id from app_user where username = 'admin'");
        long dept = db.queryLong("select department_id from app_user where id = ?", admin);
        long rep = db.queryLong("insert into app_user (username, display_name, department_id) values (?, 'Rep', ?) "
                + "returning id", "r_" + suffix, dept);
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("campaign", db.queryLong("insert into campaign (name, channel, start_date, end_date, description, "
                + "owner_id, owner_dept_id) values (?, 'EVENT', current_date, current_date + 30, 'secret plan', ?, ?) "
                + "returning id", "Fair " + suffix, admin, dept));
        ids.put("campaign_cost", db.queryLong("insert into campaign_cost (campaign_id, amount, incurred_on, note, "
                + "created_by) values (?, 1200.50, current_date, 'paid to Mr. Li', ?) returning id", ids.get("campaign"),
                admin));
        ids.put("lead", db.queryLong("insert into lead (name, company, title, phone, email, address, source, campaign_id, "
                + "remark, owner_id, owner_dept_id, created_by) values ('李雷', ?, 'CTO', '13900000000', 'li@example.com', "
                + "'北京', 'EVENT', ?, 'met at the fair', ?, ?, ?) returning id", "Co " + suffix, ids.get("campaign"),
                admin, dept, admin));
        ids.put("customer", db.insertCustomer("Customer " + suffix));
        long customer = ids.get("customer");
        ids.put("contact", db.queryLong("insert into contact (customer_id, name, title, phone, mobile, email, remark, "
                + "owner_id, owner_dept_id, created_by) values (?, '韩梅梅', 'CFO', '021-1', '139', 'han@example.com', "
                + "'prefers mornings', ?, ?, ?) returning id", customer, admin, dept, admin));
        ids.put("contract", db.queryLong("insert into contract (number, name, customer_id, signed_on, total_amount, remark, "
                + "owner_id, owner_dept_id, created_by) values (?, 'Licences', ?, current_date, 9000.00, 'discount agreed', "
                + "?, ?, ?) returning id", "HT-" + suffix, customer, admin, dept, admin));
        ids.put("payment_plan", db.queryLong("insert into payment_plan (contract_id, seq, amount, due_date, method, remark, "
                + "owner_id, owner_dept_id) values (?, 1, 4500.00, current_date + 30, 'BANK_TRANSFER', 'call first', ?, ?) "
                + "returning id", ids.get("contract"), admin, dept));
        ids.put("receipt", db.queryLong("insert into receipt (number, contract_id, plan_id, customer_id, amount, received_on, "
                + "method, remark, owner_id, owner_dept_id, created_by) values (?, ?, ?, ?, 4500.00, current_date, 'WECHAT', "
                + "'paid by the boss', ?, ?, ?) returning id", "HK-" + suffix, ids.get("contract"), ids.get("payment_plan"),
                customer, admin, dept, admin));
        ids.put("follow_up", db.queryLong("insert into follow_up (subject_type, subject_id, customer_id, kind, method, "
                + "content, occurred_at, owner_id, owner_dept_id) values ('CUSTOMER', ?, ?, 'COMMUNICATION', 'PHONE', "
                + "'talked about the budget', now(), ?, ?) returning id", customer, customer, admin, dept));
        ids.put("sales_target", db.queryLong("insert into sales_target (year, month, user_id, contract_amount, "
                + "receipt_amount) values (2030, 6, ?, 100000.00, 80000.00) returning id", rep));
        ids.put("pool_event", db.queryLong("insert into pool_event (customer_id, kind, from_owner_id, from_owner_dept_id, "
                + "actor_id, reason) values (?, 'RELEASE', ?, ?, ?, 'moved to Shenzhen') returning id", customer, admin,
                dept, admin));
        ids.put("segment", db.queryLong("insert into segment (name, description, rule, owner_id, owner_dept_id) values (?, "
                + "'for the boss only', cast(? as jsonb), ?, ?) returning id", "Key " + suffix, SEGMENT_RULE, admin, dept));
        return ids;
    }

    private static List<String> excludedColumnsOf(String table) {
        String prefix = "public." + table + ".";
        return CdcConfig.EXCLUDED_COLUMNS.stream().filter(c -> c.startsWith(prefix))
                .map(c -> c.substring(prefix.length())).toList();
    }
}
