package io.pulsecrm.streams;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds change events the way Debezium's PostgreSQL connector emits them through the JSON converter
 * with {@code schemas.enable=false}, {@code decimal.handling.mode=string} and the default
 * {@code time.precision.mode}: envelope {@code before/after/source/op/ts_ms}, numerics as strings,
 * {@code timestamptz} as ISO-8601 strings, {@code date} as days since the epoch. Each call commits a
 * new "transaction": LSN and commit time move forward, so tests can replay events out of order.
 */
public final class DebeziumEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private long lsn = 23_891_000;
    private long commitTsMs = 1_763_920_000_000L;
    private long txId = 700;

    /** One Kafka record as the CDC producer writes it: key = primary key as a decimal string. */
    public record Event(String key, String value, long lsn, long tsMs) {}

    public static Map<String, Object> stage(long id, String name, int position, String winRate) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", id);
        row.put("name", name);
        row.put("position", position);
        row.put("win_rate", winRate);
        row.put("forecast_category", "PIPELINE"); // V34
        row.put("created_at", "2025-11-20T08:00:00.000000Z");
        row.put("updated_at", "2025-11-20T08:00:00.000000Z");
        row.put("version", 0);
        return row;
    }

    public static Map<String, Object> opportunity(long id, long stageId, String amount, String status) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", id);
        row.put("name", "Deal " + id);
        row.put("amount", amount);
        row.put("stage_id", stageId);
        row.put("status", status);
        row.put("lost_reason", "LOST".equals(status) ? "price" : null);
        row.put("expected_close_date", 20_454);
        row.put("created_at", "2025-11-21T09:30:00.000000Z");
        row.put("updated_at", "2025-11-21T09:30:00.000000Z");
        row.put("closed_at", "OPEN".equals(status) ? null : "2025-11-22T16:00:00.000000Z");
        row.put("version", 0);
        // V3: every deal is owned, attributed to its owner's department, maybe under a customer and a campaign
        row.put("customer_id", null);
        row.put("owner_id", 1);
        row.put("owner_dept_id", 1);
        row.put("campaign_id", null);
        row.put("won_reason", null);
        row.put("created_by", 1);
        return row;
    }

    private static final String TS = "2025-11-21T09:30:00.000000Z";
    private static final int DAY = 20_413; // 2025-11-21 as Debezium writes a date: days since the epoch

    /**
     * Every captured column of each reps' table with a plausible value (personal columns are excluded at the
     * source, so they are absent here as in the real topics); {@link #row} overrides some.
     */
    private static final Map<String, Map<String, Object>> COLUMNS = Map.of(
            "customer", columns("name", "Acme", "industry", "IT", "level", "NORMAL", "region", "East", "source", "WEBSITE",
                    "campaign_id", null, "lead_id", null, "deal_status", "NONE", "locked", false, "owner_id", 1,
                    "owner_dept_id", 1, "owned_since", TS, "pool_entered_at", null, "last_follow_up_at", null,
                    "last_deal_at", null, "next_contact_at", null, "created_by", 1),
            "lead", columns("company", "Acme", "industry", "IT", "region", "East", "source", "WEBSITE",
                    "campaign_id", null, "status", "NEW", "next_contact_at", null, "last_follow_up_at", null,
                    "qualified_at", null, "converted_at", null, "converted_customer_id", null, "owner_id", 1,
                    "owner_dept_id", 1, "created_by", 1),
            "contract", columns("number", "HT-1", "name", "Order", "customer_id", 1, "opportunity_id", null,
                    "status", "DRAFT", "signed_on", DAY, "start_date", DAY, "end_date", null, "total_amount", "0.00",
                    "received_amount", "0.00", "flow_id", null, "current_step", null, "submitted_at", null,
                    "decided_at", null, "owner_id", 1, "owner_dept_id", 1, "created_by", 1),
            "payment_plan", columns("contract_id", 1, "seq", 1, "amount", "0.00", "due_date", DAY, "method", "BANK_TRANSFER",
                    "reminder_days", 3, "received_amount", "0.00", "owner_id", 1, "owner_dept_id", 1),
            "receipt", columns("number", "HK-1", "contract_id", 1, "plan_id", null, "customer_id", 1, "amount", "0.00",
                    "received_on", DAY, "method", "BANK_TRANSFER", "owner_id", 1, "owner_dept_id", 1, "created_by", 1),
            "campaign", columns("name", "Expo", "channel", "EVENT", "status", "ACTIVE", "budget", "0.00",
                    "start_date", DAY, "end_date", null, "owner_id", 1, "owner_dept_id", 1),
            "campaign_cost", columns("campaign_id", 1, "amount", "0.00", "incurred_on", DAY, "created_by", 1,
                    "created_at", TS),
            "follow_up", columns("subject_type", "CUSTOMER", "subject_id", 1, "customer_id", 1, "kind",
                    "COMMUNICATION", "method", "PHONE", "occurred_at", TS, "next_contact_at", null, "owner_id", 1,
                    "owner_dept_id", 1),
            "opportunity_stage_move", columns("opportunity_id", 1, "from_stage_id", null, "to_stage_id", 1,
                    "moved_at", TS),
            // jsonb arrives as its JSON text
            "segment", columns("name", "Key accounts", "rule",
                    "{\"feature\": \"level\", \"operator\": \"EQ\", \"values\": [\"KEY\"]}", "owner_id", 1,
                    "owner_dept_id", 1));

    /**
     * A full row image of {@code table} (one of {@link #COLUMNS}' tables) with {@code id} and the given
     * {@code column, value} pairs replacing the defaults: a date column takes days since the epoch, a timestamp
     * an ISO-8601 string, money a string with two decimals.
     */
    public static Map<String, Object> row(String table, long id, Object... columnValues) {
        Map<String, Object> defaults = COLUMNS.get(table);
        if (defaults == null) {
            throw new IllegalArgumentException("no columns known for " + table);
        }
        var row = new LinkedHashMap<String, Object>();
        row.put("id", id);
        row.putAll(defaults);
        if (!defaults.containsKey("created_at") && !table.equals("opportunity_stage_move")) {
            row.put("created_at", TS);
            row.put("updated_at", TS);
            row.put("version", 0);
        }
        for (int i = 0; i < columnValues.length; i += 2) {
            String column = (String) columnValues[i];
            if (!row.containsKey(column)) {
                throw new IllegalArgumentException(table + " has no captured column " + column);
            }
            row.put(column, columnValues[i + 1]);
        }
        return row;
    }

    private static Map<String, Object> columns(Object... columnValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < columnValues.length; i += 2) {
            map.put((String) columnValues[i], columnValues[i + 1]);
        }
        return map;
    }

    /** A copy of {@code row} with one column changed, for the after-image of an update. */
    public static Map<String, Object> with(Map<String, Object> row, String column, Object value) {
        var copy = new LinkedHashMap<>(row);
        copy.put(column, value);
        if (copy.get("version") instanceof Number v) {
            copy.put("version", v.intValue() + 1);
        }
        return copy;
    }

    public Event create(String table, Map<String, Object> after) {
        return event(table, null, after, "c", nextLsn(), nextCommit(), "false");
    }

    public Event update(String table, Map<String, Object> before, Map<String, Object> after) {
        return event(table, before, after, "u", nextLsn(), nextCommit(), "false");
    }

    public Event delete(String table, Map<String, Object> before) {
        return event(table, before, null, "d", nextLsn(), nextCommit(), "false");
    }

    /** A snapshot read: every row of one snapshot carries the same LSN, the slot's consistent point. */
    public Event read(String table, Map<String, Object> row, long snapshotLsn, long snapshotTsMs) {
        return event(table, null, row, "r", snapshotLsn, snapshotTsMs, "true");
    }

    public long nextLsn() {
        lsn += 1_024;
        return lsn;
    }

    private long nextCommit() {
        commitTsMs += 15;
        return commitTsMs;
    }

    private Event event(String table, Map<String, Object> before, Map<String, Object> after, String op, long eventLsn,
            long tsMs, String snapshot) {
        var source = new LinkedHashMap<String, Object>();
        source.put("version", "3.6.3.Final");
        source.put("connector", "postgresql");
        source.put("name", "pulse");
        source.put("ts_ms", tsMs);
        source.put("snapshot", snapshot);
        source.put("db", "crm");
        source.put("sequence", "[\"" + (eventLsn - 512) + "\",\"" + eventLsn + "\"]");
        source.put("ts_us", tsMs * 1_000);
        source.put("ts_ns", tsMs * 1_000_000);
        source.put("schema", "public");
        source.put("table", table);
        source.put("txId", ++txId);
        source.put("lsn", eventLsn);
        source.put("xmin", null);
        source.put("origin", null);
        source.put("origin_lsn", null);
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("before", before);
        envelope.put("after", after);
        envelope.put("source", source);
        envelope.put("transaction", null);
        envelope.put("op", op);
        envelope.put("ts_ms", tsMs + 27);
        envelope.put("ts_us", (tsMs + 27) * 1_000);
        envelope.put("ts_ns", (tsMs + 27) * 1_000_000);
        Map<String, Object> image = after != null ? after : before;
        return new Event(String.valueOf(image.get("id")), JSON.writeValueAsString(envelope), eventLsn, tsMs);
    }
}
