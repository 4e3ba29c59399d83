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

    /** A copy of {@code row} with one column changed, for the after-image of an update. */
    public static Map<String, Object> with(Map<String, Object> row, String column, Object value) {
        var copy = new LinkedHashMap<>(row);
        copy.put(column, value);
        copy.put("version", ((Number) row.get("version")).intValue() + 1);
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
