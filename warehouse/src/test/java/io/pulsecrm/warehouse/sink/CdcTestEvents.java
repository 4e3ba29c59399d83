package io.pulsecrm.warehouse.sink;

/** Debezium-shaped change events for the integration tests (same shape as ChangeEvents). */
final class CdcTestEvents {

    private CdcTestEvents() {
    }

    static String opportunity(long id, String amount, long stageId, String status, int version) {
        return ChangeEvents.opportunity(id, amount, stageId, status,
                "OPEN".equals(status) ? null : "2025-11-23T17:46:40.5Z", version);
    }

    static String create(String table, String after, long lsn) {
        return ChangeEvents.envelope("c", null, after, table, lsn);
    }

    static String snapshot(String table, String after, long lsn) {
        return ChangeEvents.envelope("r", null, after, table, lsn);
    }

    static String update(String table, String before, String after, long lsn) {
        return ChangeEvents.envelope("u", before, after, table, lsn);
    }

    static String delete(String table, String before, long lsn) {
        return ChangeEvents.envelope("d", before, null, table, lsn);
    }

    static String pipeline(long stageId, long openCount, String openAmount, String weighted, long version) {
        return """
                {"stageId": %d, "openCount": %d, "openAmount": "%s", "weightedAmount": "%s", "version": %d, "sourceTsMs": 1763920000123}
                """.formatted(stageId, openCount, openAmount, weighted, version);
    }
}
