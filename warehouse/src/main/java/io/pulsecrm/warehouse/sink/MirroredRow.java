package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A row of a {@link MirroredTable}: its column values in declaration order (null for NULL), and the change that
 * wrote it ({@code change} for an entity table, else null).
 */
record MirroredRow(MirroredTable table, List<Object> values, ChangeStamp stamp, CapturedChange change)
        implements CapturedRow {

    /** The value of one column, by name. */
    Object value(String column) {
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return values.get(i);
            }
        }
        throw new IllegalArgumentException(table.name() + " has no column " + column);
    }

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        var params = new InsertParams(insert);
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).bind(params, values.get(i));
        }
        if (change != null) {
            change.bind(params);
        } else {
            stamp.bind(params);
        }
    }
}
