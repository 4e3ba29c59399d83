package io.pulsecrm.warehouse.query.sales;

import io.pulsecrm.warehouse.query.WarehouseQueryException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs one {@link BoundSql} on the warehouse and reads its answer; what every query of this package shares. */
final class Reads {

    private Reads() {
    }

    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> T read(DataSource dataSource, BoundSql sql, String what, Reader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql.sql())) {
            sql.bind(q);
            try (ResultSet rs = q.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException(what, e);
        }
    }

    /** Amounts are Decimal(18, 2); a sum comes back as Decimal(38, 2). */
    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
