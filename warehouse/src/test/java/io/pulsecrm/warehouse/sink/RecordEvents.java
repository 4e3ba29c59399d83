package io.pulsecrm.warehouse.sink;

import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Row images of the reps' records as stream-processors captures them (V3's columns less the personal ones it excludes):
 * decimals as strings, timestamptz as ISO-8601 with microseconds, dates as days since 1970-01-01 (20454 = 2026-01-01).
 * Each is owned by {@link ChangeEvents#OWNER} in {@link ChangeEvents#OWNER_DEPT}.
 */
final class RecordEvents {

    private static final String TIMES = """
            "created_at": "2025-11-20T08:15:30.123456Z", "updated_at": "2025-11-23T17:46:40.123789Z", "version": 1""";
    private static final String OWNED = "\"owner_id\": 501, \"owner_dept_id\": 21";

    private static final Map<String, String> ROWS = Map.ofEntries(
            Map.entry("customer", """
                    {"id": $ID, "name": "华东制造", "industry": "MANUFACTURING", "level": "KEY", "region": "上海",
                     "source": "EXHIBITION", "campaign_id": 9, "lead_id": null, "deal_status": "NONE", "locked": false,
                     $OWNED, "owned_since": "2025-11-20T08:15:30Z", "pool_entered_at": null, "last_follow_up_at": null,
                     "last_deal_at": null, "next_contact_at": "2025-12-01T02:00:00Z", "created_by": 501, $TIMES}"""),
            Map.entry("contact", """
                    {"id": $ID, "customer_id": 77, "is_primary": true, $OWNED, "created_by": 501, $TIMES}"""),
            Map.entry("lead", """
                    {"id": $ID, "company": "华东制造", "industry": null, "region": "上海", "source": "EVENT",
                     "campaign_id": 9, "status": "NEW", "next_contact_at": null, "last_follow_up_at": null,
                     "qualified_at": null, "converted_at": null, "converted_customer_id": null, $OWNED, "created_by": 501,
                     $TIMES}"""),
            Map.entry("follow_up", """
                    {"id": $ID, "subject_type": "CUSTOMER", "subject_id": 77, "customer_id": 77, "kind": "COMMUNICATION",
                     "method": "VISIT", "occurred_at": "2025-11-22T06:00:00Z", "next_contact_at": null, $OWNED, $TIMES}"""),
            Map.entry("contract", """
                    {"id": $ID, "number": "HT-20251120-0001", "name": "年度服务", "customer_id": 77, "opportunity_id": 42,
                     "status": "APPROVED", "signed_on": 20412, "start_date": 20412, "end_date": null,
                     "total_amount": "120000.00", "received_amount": "30000.50", "flow_id": 1, "current_step": null,
                     "submitted_at": "2025-11-20T09:00:00Z", "decided_at": "2025-11-21T09:00:00Z", $OWNED,
                     "created_by": 501, $TIMES}"""),
            Map.entry("payment_plan", """
                    {"id": $ID, "contract_id": 5, "seq": 1, "amount": "60000.00", "due_date": 20454,
                     "method": "BANK_TRANSFER", "reminder_days": 3, "received_amount": "30000.50", $OWNED, $TIMES}"""),
            Map.entry("receipt", """
                    {"id": $ID, "number": "HK-20251123-0001", "contract_id": 5, "plan_id": 8, "customer_id": 77,
                     "amount": "30000.50", "received_on": 20415, "method": "WECHAT", $OWNED, "created_by": 501, $TIMES}"""),
            Map.entry("campaign", """
                    {"id": $ID, "name": "进博会", "channel": "EXHIBITION", "status": "ACTIVE", "budget": "50000.00",
                     "start_date": 20400, "end_date": 20410, $OWNED, $TIMES}"""),
            Map.entry("sales_target", """
                    {"id": $ID, "year": 2026, "month": 1, "user_id": null, "department_id": 21,
                     "contract_amount": "1000000.00", "receipt_amount": "800000.00", $TIMES}"""),
            Map.entry("campaign_cost", """
                    {"id": $ID, "campaign_id": 9, "amount": "1200.50", "incurred_on": 20405, "created_by": 501,
                     "created_at": "2025-11-20T08:15:30.123456Z"}"""),
            Map.entry("pool_event", """
                    {"id": $ID, "customer_id": 77, "kind": "RECYCLE", "from_owner_id": 501, "from_owner_dept_id": 21,
                     "to_owner_id": null, "to_owner_dept_id": null, "actor_id": null,
                     "occurred_at": "2025-11-23T00:00:00Z"}"""));

    private RecordEvents() {
    }

    /** The tables of the reps' records, each with a sample row. */
    static Iterable<String> tables() {
        return ROWS.keySet();
    }

    /** A sample row of {@code table} with this id, to change before use. */
    static ObjectNode row(String table, long id) {
        String json = ROWS.get(table).replace("$ID", Long.toString(id)).replace("$OWNED", OWNED).replace("$TIMES", TIMES);
        return (ObjectNode) DebeziumChange.JSON.readTree(json);
    }
}
