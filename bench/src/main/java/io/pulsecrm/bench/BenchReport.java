package io.pulsecrm.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** What {@link DashboardBench} prints: the table of widgets, differences between the sides, the verdicts. */
final class BenchReport {

    private BenchReport() {
    }

    static void header() {
        System.out.printf("  %-12s %-18s %-6s %8s %8s %8s %9s %9s %9s %9s  %-9s %-8s %s%n", "widget", "viewer", "period",
                "CH p50", "CH p95", "CH q p95", "PG p50", "PG p95", "PG q p95", "speed-up", "q≤100ms", "≥20×",
                "same figures");
    }

    static void row(DashboardBench.Cell c) {
        System.out.printf("  %-12s %-18s %-6s %8.1f %8.1f %8.1f %9.1f %9.1f %9.1f %8.1f×  %-9s %-8s %s%n", c.widget().id(),
                c.viewer().label(), c.period(), c.clickhouse().percentile(50), c.clickhouse().percentile(95),
                c.clickhouse().queryPercentile(95), c.postgres().percentile(50), c.postgres().percentile(95),
                c.postgres().queryPercentile(95), c.speedUp(), met(c.fastEnough()),
                met(c.speedUp() >= DashboardBench.SPEED_UP), (c.same() ? "yes" : "NO")
                        + (c.postgres().count() < c.clickhouse().count() ? " (PG n=" + c.postgres().count() + ")" : ""));
    }

    static void difference(DashboardWidget widget, BenchDataset.Viewer viewer, DashboardWidget.Period period,
            List<String> clickhouse, List<String> postgres) {
        System.out.printf("  ! %s %s %s: the figures differ%n", widget.id(), viewer.label(), period.id());
        clickhouse.stream().filter(l -> !postgres.contains(l)).limit(5).forEach(l -> System.out.println("      ClickHouse only:  " + l));
        postgres.stream().filter(l -> !clickhouse.contains(l)).limit(5).forEach(l -> System.out.println("      PostgreSQL only: " + l));
    }

    /**
     * Prints the verdicts; true when both sides gave the same figures everywhere.
     *
     * @param previewsMet null when the segment previews were not measured ({@code --only} without them)
     */
    static boolean summary(List<DashboardBench.Cell> cells, Boolean previewsMet) {
        long same = cells.stream().filter(DashboardBench.Cell::same).count();
        long fast = cells.stream().filter(DashboardBench.Cell::fastEnough).count();
        long faster = cells.stream().filter(c -> c.speedUp() >= DashboardBench.SPEED_UP).count();
        String widgets = cells.isEmpty() ? "no widget measured" : String.format("same figures in %d of %d cells; widget's"
                        + " query p95 ≤ 100 ms in %d of %d (%s); ≥ 20× PostgreSQL in %d of %d (%s)", same, cells.size(),
                fast, cells.size(), met(fast == cells.size()), faster, cells.size(), met(faster == cells.size()));
        System.out.printf("%nsummary: %s; segment preview ≤ 300 ms: %s%n", widgets,
                previewsMet == null ? "not measured" : met(previewsMet));
        return same == cells.size();
    }

    static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    /** Active parts of the bench's tables: FINAL merges across them at read time, so their count matters. */
    static void printParts(DataSource clickhouse, String database) throws SQLException {
        String sql = """
                SELECT table, count() AS parts, sum(rows) AS table_rows
                FROM system.parts
                WHERE database = ? AND active AND rows > 0
                GROUP BY table
                ORDER BY table_rows DESC""";
        try (Connection c = clickhouse.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, database);
            StringBuilder line = new StringBuilder("ClickHouse parts (table: parts/rows):");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    line.append(String.format(" %s %d/%,d;", rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            System.out.println(line);
        }
    }
}
