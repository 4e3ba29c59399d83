package io.pulsecrm.warehouse.reconcile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * A figure family: one PostgreSQL query and one ClickHouse query, each returning rows of the same shape — the key
 * columns, then the value columns — grouped in the query itself (one query per side, never one per key). Both
 * queries take the same bind parameters, in the same order.
 */
record Figure(String name, List<String> keyColumns, List<String> valueColumns, String postgresSql, String clickHouseSql,
              List<Object> parameters, PostgresSide postgresSide) {

    /** A PostgreSQL side that is more than one query (a recomputation in Java over what a query read). */
    @FunctionalInterface
    interface PostgresSide {
        FigureRows read(Connection postgres) throws SQLException;
    }

    Figure {
        Objects.requireNonNull(name, "name");
        keyColumns = List.copyOf(keyColumns);
        valueColumns = List.copyOf(valueColumns);
        parameters = List.copyOf(parameters);
        if (valueColumns.isEmpty()) {
            throw new IllegalArgumentException("a figure compares at least one value: " + name);
        }
    }

    Figure(String name, List<String> keyColumns, List<String> valueColumns, String postgresSql, String clickHouseSql,
           List<Object> parameters) {
        this(name, keyColumns, valueColumns, postgresSql, clickHouseSql, parameters, null);
    }

    Figure(String name, List<String> keyColumns, List<String> valueColumns, String postgresSql, String clickHouseSql) {
        this(name, keyColumns, valueColumns, postgresSql, clickHouseSql, List.of());
    }

    /** This figure's PostgreSQL rows: its own side if it has one, else its query. */
    FigureRows readPostgres(Connection postgres) throws SQLException {
        return postgresSide != null ? postgresSide.read(postgres) : FigureReader.read(postgres, this, postgresSql);
    }
}
