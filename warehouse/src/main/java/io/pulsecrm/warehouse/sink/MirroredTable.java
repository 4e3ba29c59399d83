package io.pulsecrm.warehouse.sink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A PostgreSQL table mirrored column for column into a ClickHouse table of the same name: declared once as its
 * {@link Column}s, from which its INSERT, its mapper and its rows' binding follow. After them come what every
 * captured row carries: for an entity (timestamps and optimistic lock) {@link CapturedChange}'s columns, for a log
 * of events (written once) only the {@link ChangeStamp}.
 */
final class MirroredTable {

    private final String name;
    private final List<Column> columns;
    private final boolean entity;

    private MirroredTable(String name, boolean entity, Column... columns) {
        this.name = name;
        this.entity = entity;
        this.columns = List.of(columns);
    }

    /** A table with {@code created_at}, {@code updated_at} and {@code version} besides {@code columns}. */
    static MirroredTable entity(String name, Column... columns) {
        return new MirroredTable(name, true, columns);
    }

    /** A table whose rows are written once and carry no optimistic lock: {@code columns} and the change's stamp. */
    static MirroredTable log(String name, Column... columns) {
        return new MirroredTable(name, false, columns);
    }

    String name() {
        return name;
    }

    List<Column> columns() {
        return columns;
    }

    Route route() {
        String own = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String insert = InsertParams.insertSql(name, own, entity ? CapturedChange.COLUMNS : ChangeStamp.COLUMNS);
        return new Route(name, insert, RecordMapper.captured(this::row));
    }

    private MirroredRow row(DebeziumChange change) throws UnmappableRecordException {
        JsonFields image = change.image();
        List<Object> values = new ArrayList<>(columns.size());
        for (Column column : columns) {
            values.add(column.read(image));
        }
        CapturedChange entityChange = entity ? CapturedChange.of(change) : null;
        return new MirroredRow(this, Collections.unmodifiableList(values), ChangeStamp.of(change), entityChange);
    }
}
