package io.pulsecrm.warehouse.reconcile;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs one side's query of a figure and reads its (key…, value…) rows; the same reading for both databases. */
final class FigureReader {

    private FigureReader() {}

    static FigureRows read(Connection connection, Figure figure, String sql) throws SQLException {
        int keys = figure.keyColumns().size();
        int values = figure.valueColumns().size();
        FigureRows.Builder rows = FigureRows.builder();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < figure.parameters().size(); i++) {
                statement.setObject(i + 1, figure.parameters().get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.getMetaData().getColumnCount() != keys + values) {
                    throw new SQLException(figure.name() + ": expected " + (keys + values) + " columns, got "
                            + rs.getMetaData().getColumnCount());
                }
                while (rs.next()) {
                    List<String> key = new ArrayList<>(keys);
                    for (int i = 1; i <= keys; i++) {
                        key.add(rs.getString(i));
                    }
                    List<BigDecimal> row = new ArrayList<>(values);
                    for (int i = keys + 1; i <= keys + values; i++) {
                        BigDecimal value = rs.getBigDecimal(i);
                        // a SUM over no amounts is NULL in PostgreSQL and 0 in ClickHouse: the same nothing
                        row.add(value == null ? BigDecimal.ZERO : value);
                    }
                    rows.row(key, row);
                }
            }
        }
        return rows.build();
    }
}
