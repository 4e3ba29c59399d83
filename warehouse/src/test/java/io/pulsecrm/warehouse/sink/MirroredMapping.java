package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.ChangeEvents.COMMIT_TS_MS;
import static io.pulsecrm.warehouse.sink.ChangeEvents.LSN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Maps Debezium-shaped events of the reps' records through their routes, as the sink does. */
final class MirroredMapping {

    private MirroredMapping() {
    }

    static MirroredRow map(String table, String op, JsonNode before, JsonNode after, long lsn)
            throws UnmappableRecordException {
        String value = ChangeEvents.envelope(op, before == null ? null : before.toString(),
                after == null ? null : after.toString(), table, lsn);
        return (MirroredRow) mapValue(table, value).orElseThrow();
    }

    static Optional<SinkRow> mapValue(String table, String value) throws UnmappableRecordException {
        return Routes.CAPTURED.get(table).mapper().map(ChangeEvents.record("cdc." + table, 3, "1", value));
    }

    /**
     * A row's life: the insert becomes the row, versioned by its LSN; an update takes the after-image (here with
     * {@code column} changed to the JSON {@code json}, read as {@code changed}), not the before-image; a delete is the
     * before-image marked deleted; the tombstone after it carries no row.
     */
    static void assertLifecycle(String table, String column, String json, Object changed)
            throws UnmappableRecordException {
        ObjectNode created = RecordEvents.row(table, 42);
        MirroredRow inserted = map(table, "c", null, created, LSN);
        assertThat(inserted.value("id")).as(table).isEqualTo(42L);
        assertThat(inserted.version()).isEqualTo(LSN);
        assertThat(inserted.stamp().isDeleted()).isZero();
        assertThat(inserted.commitTs()).isEqualTo(Instant.ofEpochMilli(COMMIT_TS_MS));

        ObjectNode after = created.deepCopy();
        after.set(column, DebeziumChange.JSON.readTree(json));
        MirroredRow updated = map(table, "u", created, after, LSN + 10);
        assertThat(updated.value(column)).as(table + "." + column + " from the after-image").isEqualTo(changed);
        assertThat(updated.version()).isEqualTo(LSN + 10);

        MirroredRow deleted = map(table, "d", after, null, LSN + 20);
        assertThat(deleted.value("id")).isEqualTo(42L);
        assertThat(deleted.value(column)).as("the last state, from the before-image").isEqualTo(changed);
        assertThat(deleted.stamp().isDeleted()).isEqualTo((byte) 1);
        assertThat(deleted.version()).isEqualTo(LSN + 20);

        assertThat(mapValue(table, null)).as(table + ": tombstone").isEmpty();
    }

    /**
     * A row of {@code table} whose {@code column} holds the JSON {@code json} is unmappable (dead-lettered), and the
     * reason starts with {@code reason}.
     */
    static void assertUnmappable(String table, String column, String json, String reason) {
        ObjectNode row = RecordEvents.row(table, 42);
        row.set(column, DebeziumChange.JSON.readTree(json));
        assertThatThrownBy(() -> map(table, "c", null, row, LSN)).as(table + "." + column + " = " + json)
                .isInstanceOf(UnmappableRecordException.class).hasMessageStartingWith(reason);
    }
}
