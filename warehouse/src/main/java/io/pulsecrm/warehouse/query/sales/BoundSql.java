package io.pulsecrm.warehouse.query.sales;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A statement put together from fixed SQL texts of this package and the values they need, kept in the order their
 * {@code ?} appear. Values are always bound, never written into the text: the text only ever comes from constants.
 */
final class BoundSql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    /** Appends {@code sql} (a constant) and the values of its {@code ?}, in order. */
    BoundSql add(String sql, Object... params) {
        long marks = sql.chars().filter(c -> c == '?').count();
        if (marks != params.length) {
            throw new IllegalArgumentException(marks + " parameters in SQL but " + params.length + " values: " + sql);
        }
        text.append(sql);
        values.addAll(List.of(params));
        return this;
    }

    BoundSql add(BoundSql other) {
        text.append(other.text);
        values.addAll(other.values);
        return this;
    }

    String sql() {
        return text.toString();
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            switch (value) {
                case Long l -> statement.setLong(i + 1, l);
                case Integer n -> statement.setInt(i + 1, n);
                case String s -> statement.setString(i + 1, s);
                case Collection<?> c -> statement.setObject(i + 1, List.copyOf(c));
                default -> throw new IllegalArgumentException("cannot bind " + value.getClass());
            }
        }
    }
}
