package io.pulsecrm.warehouse.sink;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;

/** Debezium-shaped change events (JSON converter, schemas disabled) as stream-processors emits them. */
final class ChangeEvents {

    static final long LSN = 23_891_672L;
    static final long COMMIT_TS_MS = 1_763_920_000_123L;

    private ChangeEvents() {
    }

    static final long OWNER = 501;
    static final long OWNER_DEPT = 21;

    static String opportunity(long id, String amount, long stageId, String status, String closedAt, int version) {
        return opportunity(id, amount, stageId, status, closedAt, version, OWNER, OWNER_DEPT);
    }

    /** A deal as V3 has it: owned, attributed to the owner's department, here under customer 77 and no campaign. */
    static String opportunity(long id, String amount, long stageId, String status, String closedAt, int version,
                              long ownerId, long ownerDeptId) {
        return """
                {"id": %d, "name": "Deal %d", "amount": "%s", "stage_id": %d, "status": "%s",
                 "lost_reason": %s, "expected_close_date": 20454,
                 "created_at": "2025-11-20T08:15:30.123456Z", "updated_at": "2025-11-23T17:46:40.123789Z",
                 "closed_at": %s, "version": %d, "customer_id": 77, "owner_id": %d, "owner_dept_id": %d,
                 "campaign_id": null, "won_reason": null, "created_by": %d}
                """.formatted(id, id, amount, stageId, status, "LOST".equals(status) ? "\"budget cut\"" : "null",
                closedAt == null ? "null" : "\"" + closedAt + "\"", version, ownerId, ownerDeptId, ownerId);
    }

    static String department(long id, Long parentId, String name) {
        return """
                {"id": %d, "parent_id": %s, "name": "%s", "position": 0,
                 "created_at": "2025-11-01T00:00:00Z", "updated_at": "2025-11-01T00:00:00Z", "version": 0}
                """.formatted(id, parentId == null ? "null" : parentId.toString(), name);
    }

    static String user(long id, long departmentId, Long managerId, boolean enabled) {
        return """
                {"id": %d, "username": "rep%d", "display_name": "Rep %d", "title": null, "department_id": %d,
                 "manager_id": %s, "enabled": %s, "locale": "zh-CN", "successor_id": null,
                 "created_at": "2025-11-01T00:00:00Z", "updated_at": "2025-11-02T00:00:00Z", "version": 1}
                """.formatted(id, id, id, departmentId, managerId == null ? "null" : managerId.toString(), enabled);
    }

    static String role(long id, String code, String dataScope) {
        return """
                {"id": %d, "code": %s, "name": "Role %d", "description": null, "data_scope": "%s", "built_in": %s,
                 "created_at": "2025-11-01T00:00:00Z", "updated_at": "2025-11-01T00:00:00Z", "version": 0}
                """.formatted(id, code == null ? "null" : "\"" + code + "\"", id, dataScope, code != null);
    }

    static String session(String id, long userId, String expiresAt, String revokedAt) {
        return """
                {"id": "%s", "user_id": %d, "created_at": "2025-11-23T08:00:00Z", "expires_at": "%s", "revoked_at": %s}
                """.formatted(id, userId, expiresAt, revokedAt == null ? "null" : "\"" + revokedAt + "\"");
    }

    /** A join-table row: two columns, the second an id or (quoted here) text. */
    static String link(String firstColumn, long first, String secondColumn, Object second) {
        return """
                {"%s": %d, "%s": %s}
                """.formatted(firstColumn, first, secondColumn, second instanceof String text ? "\"" + text + "\"" : second);
    }

    /** A row of record_team_member as V3 has it, with the columns the warehouse does not keep. */
    static String teamMember(String entityType, long entityId, long userId, String access) {
        return """
                {"entity_type": "%s", "entity_id": %d, "user_id": %d, "access": "%s", "added_by": 1,
                 "added_at": "2025-11-23T08:00:00Z"}
                """.formatted(entityType, entityId, userId, access);
    }

    static String stage(long id, String name, int position, String winRate, int version) {
        return """
                {"id": %d, "name": "%s", "position": %d, "win_rate": "%s",
                 "created_at": "2025-11-01T00:00:00Z", "updated_at": "2025-11-02T09:30:00.5+08:00", "version": %d}
                """.formatted(id, name, position, winRate, version);
    }

    static String envelope(String op, String before, String after, String table, long lsn) {
        return """
                {"before": %s, "after": %s,
                 "source": {"version": "3.6.3.Final", "connector": "postgresql", "name": "pulse", "ts_ms": %d,
                            "snapshot": "%s", "db": "crm", "sequence": "[null,\\"%d\\"]", "schema": "public",
                            "table": "%s", "txId": 771, "lsn": %d, "xmin": null},
                 "transaction": null, "op": "%s", "ts_ms": %d}
                """.formatted(before == null ? "null" : before, after == null ? "null" : after, COMMIT_TS_MS,
                "r".equals(op) ? "true" : "false", lsn, table, lsn, op, COMMIT_TS_MS + 27);
    }

    static ConsumerRecord<byte[], byte[]> record(String topic, long offset, String key, String value) {
        return new ConsumerRecord<>(topic, 1, offset, bytes(key), value == null ? null : bytes(value));
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
