package io.pulsecrm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's own account of a benchmark: two readings of {@code pg_stat_statements} (loaded by
 * local-stack, readable by the crm user) and the statements that took the most execution time between them.
 * Execution time is wall time inside PostgreSQL, so under load it includes waiting for a core.
 */
final class PgStatements implements AutoCloseable {

    /** {@code millis}: executing; {@code planMillis}: planning (0 unless track_planning is on, as local-stack sets it). */
    record Entry(long calls, double millis, double planMillis, long rows, String query) {
    }

    private final Connection connection;

    private PgStatements(Connection connection) {
        this.connection = connection;
    }

    /** Connected, or null (with the reason printed) when the extension cannot be read. */
    static PgStatements open(String url, String user, String password) {
        try {
            Connection c = DriverManager.getConnection(url, user, password);
            try (Statement s = c.createStatement()) {
                s.executeQuery("select 1 from pg_stat_statements limit 1").close();
            }
            return new PgStatements(c);
        } catch (SQLException e) {
            System.out.println("(pg_stat_statements not readable, statements not reported: " + e.getMessage().strip() + ")");
            return null;
        }
    }

    Map<Long, Entry> read() throws SQLException {
        Map<Long, Entry> out = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     select queryid, calls, total_exec_time, total_plan_time, rows, regexp_replace(query, '\\s+', ' ', 'g')
                     from pg_stat_statements where queryid is not null""")) {
            while (rs.next()) {
                out.merge(rs.getLong(1), new Entry(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5),
                                rs.getString(6)),
                        (a, b) -> new Entry(a.calls() + b.calls(), a.millis() + b.millis(), a.planMillis() + b.planMillis(),
                                a.rows() + b.rows(), a.query()));
            }
        }
        return out;
    }

    /** The {@code top} statements by execution time between the two readings. */
    static void print(Map<Long, Entry> before, Map<Long, Entry> after, int top) {
        List<Entry> delta = new ArrayList<>();
        double total = 0;
        double planning = 0;
        long calls = 0;
        for (var e : after.entrySet()) {
            Entry b = before.getOrDefault(e.getKey(), new Entry(0, 0, 0, 0, ""));
            Entry a = e.getValue();
            if (a.calls() > b.calls()) {
                Entry d = new Entry(a.calls() - b.calls(), a.millis() - b.millis(), a.planMillis() - b.planMillis(),
                        a.rows() - b.rows(), a.query());
                delta.add(d);
                total += d.millis() + d.planMillis();
                planning += d.planMillis();
                calls += d.calls();
            }
        }
        delta.sort((x, y) -> Double.compare(y.millis() + y.planMillis(), x.millis() + x.planMillis()));
        System.out.printf("%nPostgreSQL: %,d statements, %.1f s planning and executing (%.1f s planning); the top %d by time:%n",
                calls, total / 1000, planning / 1000, top);
        System.out.printf("  %8s %6s %9s %9s %8s  %s%n", "calls", "share", "plan ms", "exec ms", "rows", "statement (per call)");
        for (Entry d : delta.subList(0, Math.min(top, delta.size()))) {
            String q = d.query().length() > 150 ? d.query().substring(0, 150) + "…" : d.query();
            System.out.printf("  %8d %5.1f%% %9.3f %9.3f %8.1f  %s%n", d.calls(), 100 * (d.millis() + d.planMillis()) / total,
                    d.planMillis() / d.calls(), d.millis() / d.calls(), (double) d.rows() / d.calls(), q);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
