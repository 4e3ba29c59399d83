package io.pulsecrm.warehouse.sink;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A JDBC DataSource that stores nothing and logs every statement sent, one event per statement:
 * {@code INSERT <table> rows=<n> token=<offset ranges>} (the token's content hashes left out), or
 * {@code fail INSERT ...} for a statement it was told to fail. {@link #tokens} keeps the full tokens.
 * With {@link #tokenSetting()} it stands in for clickhouse-jdbc behind {@link ClickHouseBatchWriter}.
 */
final class RecordingJdbc {

    private static final Pattern TABLE = Pattern.compile("INSERT INTO (\\w+)");
    private static final Pattern HASHES = Pattern.compile(":[0-9a-f]{16}");

    final List<String> tokens = new ArrayList<>();
    private final List<String> events;
    private final Map<String, Integer> failures = new HashMap<>();

    RecordingJdbc(List<String> events) {
        this.events = events;
    }

    /** The next {@code times} statements into {@code table} fail as if ClickHouse were down. */
    void fail(String table, int times) {
        failures.put(table, times);
    }

    DataSource dataSource() {
        Connection connection = proxy(Connection.class, (p, method, args) -> switch (method.getName()) {
            case "prepareStatement" -> statement((String) args[0]);
            case "close" -> null;
            case "isClosed" -> false;
            default -> throw new UnsupportedOperationException(method.getName());
        });
        return proxy(DataSource.class, (p, method, args) -> switch (method.getName()) {
            case "getConnection" -> connection;
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }

    ClickHouseBatchWriter.TokenSetting tokenSetting() {
        return (insert, token) -> ((Statement) Proxy.getInvocationHandler(insert)).token = token;
    }

    private PreparedStatement statement(String sql) {
        Matcher table = TABLE.matcher(sql);
        if (!table.find()) {
            throw new IllegalArgumentException("not an INSERT: " + sql);
        }
        return proxy(PreparedStatement.class, new Statement(table.group(1)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(RecordingJdbc.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private final class Statement implements InvocationHandler {
        private final String table;
        private String token;
        private int rows;

        Statement(String table) {
            this.table = table;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws SQLException {
            String name = method.getName();
            if (name.startsWith("set") && method.getReturnType() == void.class) {
                return null; // a bound parameter
            }
            return switch (name) {
                case "addBatch" -> {
                    rows++;
                    yield null;
                }
                case "executeBatch" -> execute();
                case "close", "clearBatch" -> null;
                default -> throw new UnsupportedOperationException(name);
            };
        }

        private int[] execute() throws SQLException {
            String event = "INSERT " + table + " rows=" + rows + (token == null ? "" : " token=" + HASHES.matcher(token).replaceAll(""));
            int failuresLeft = failures.getOrDefault(table, 0);
            if (failuresLeft > 0) {
                failures.put(table, failuresLeft - 1);
                events.add("fail " + event);
                throw new SQLException("Connection refused");
            }
            events.add(event);
            if (token != null) {
                tokens.add(token);
            }
            int[] counts = new int[rows];
            Arrays.fill(counts, 1);
            rows = 0;
            return counts;
        }
    }
}
