package io.pulsecrm.segment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * A rule as a ClickHouse boolean expression over the columns of {@code customer_features}: the
 * text has a {@code ?} for every value (never a value itself), {@code params} the values in order
 * ({@link Long} or {@link String} only, so every JDBC driver binds them the same way).
 */
public record SqlPredicate(String sql, List<Object> params) {

    public SqlPredicate {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
    }

    /** Binds the params from {@code firstIndex} on; answers the index after the last one bound. */
    public int bind(PreparedStatement statement, int firstIndex) throws SQLException {
        int index = firstIndex;
        for (Object param : params) {
            statement.setObject(index++, param);
        }
        return index;
    }
}
