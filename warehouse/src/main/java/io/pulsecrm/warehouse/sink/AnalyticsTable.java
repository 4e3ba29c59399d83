package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A ClickHouse table fed from the JSON values of one {@code analytics.*} topic (docs/architecture.md), declared once as
 * its fields — each a JSON field read as a {@link Column} — from which its INSERT, its mapper and its rows' binding
 * follow. After them come {@code version} (the value's, never negative), optionally {@code is_deleted} (from the value's
 * {@code deleted}), and {@code commit_ts} (from the value's epoch-milliseconds field {@code commitField}). A null value
 * carries no row; a value that does not fit is dead-lettered.
 */
final class AnalyticsTable {

    /** One JSON field of the value and the column it fills. */
    record Field(String json, Column column) {
        Object read(JsonFields value) throws UnmappableRecordException {
            Column c = column;
            return new Column(json, c.kind(), c.nullable(), c.allowed()).read(value);
        }
    }

    private final String name;
    private final String what;
    private final String commitField;
    private final boolean deletable;
    private final List<Field> fields;

    private AnalyticsTable(String name, String what, String commitField, boolean deletable, Field... fields) {
        this.name = name;
        this.what = what;
        this.commitField = commitField;
        this.deletable = deletable;
        this.fields = List.of(fields);
    }

    /** An aggregate table: its rows are replaced by newer versions, never deleted. */
    static AnalyticsTable of(String name, String what, String commitField, Field... fields) {
        return new AnalyticsTable(name, what, commitField, false, fields);
    }

    /** A fact table whose values say {@code deleted: true} when the fact is gone ({@code is_deleted = 1}). */
    static AnalyticsTable deletable(String name, String what, String commitField, Field... fields) {
        return new AnalyticsTable(name, what, commitField, true, fields);
    }

    static Field field(String json, Column column) {
        return new Field(json, column);
    }

    Route route() {
        String own = fields.stream().map(f -> f.column().name()).collect(Collectors.joining(", "));
        return new Route(name, InsertParams.insertSql(name, own, deletable ? ChangeStamp.COLUMNS : "version, commit_ts"),
                this::map);
    }

    /**
     * The JSON object an analytics record carries, read as {@code what}; empty for a tombstone (or JSON null), which
     * carries no row; anything else is unmappable.
     */
    private Optional<SinkRow> map(ConsumerRecord<byte[], byte[]> record) throws UnmappableRecordException {
        Optional<JsonFields> read = AnalyticsValue.fields(record, what);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        JsonFields value = read.get();
        List<Object> values = new ArrayList<>(fields.size());
        for (Field field : fields) {
            values.add(field.read(value));
        }
        long version = AnalyticsValue.version(value, what);
        byte deleted = deletable && value.requiredBoolean("deleted") ? (byte) 1 : 0;
        return Optional.of(new Row(Collections.unmodifiableList(values), new ChangeStamp(version, deleted,
                value.requiredEpochMillis(commitField))));
    }

    private final class Row implements SinkRow {
        private final List<Object> values;
        private final ChangeStamp stamp;

        Row(List<Object> values, ChangeStamp stamp) {
            this.values = values;
            this.stamp = stamp;
        }

        @Override
        public long version() {
            return stamp.version();
        }

        @Override
        public Instant commitTs() {
            return stamp.commitTs();
        }

        @Override
        public void bind(PreparedStatement insert) throws SQLException {
            var params = new InsertParams(insert);
            for (int i = 0; i < fields.size(); i++) {
                fields.get(i).column().bind(params, values.get(i));
            }
            if (deletable) {
                stamp.bind(params);
            } else {
                params.int64(stamp.version()).time(stamp.commitTs());
            }
        }
    }
}
