package io.pulsecrm.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 6's speed figures side by side in one run: every manager-dashboard widget's queries on ClickHouse (the
 * warehouse helpers the widgets call) against the same figures computed on PostgreSQL as an OLTP-only CRM would, for
 * three viewers and two periods, with the check that both sides give the same figures; then the segment builder's
 * preview count over the customers ({@link SegmentPreviewBench}). The data lives in databases of its own
 * ({@link BenchLoader}), so the demo data is never touched.
 */
final class DashboardBench {

    static final double WIDGET_P95_MS = 100, SPEED_UP = 20;

    /**
     * @param widgets  the widgets measured, in the dashboard's order
     * @param segments whether the segment preview count is measured
     */
    record Settings(BenchArgs.Pg pg, ClickHouseConfig clickhouse, BenchDataset data, boolean reload, int warmup,
                    int iterations, int budgetSeconds, List<DashboardWidget> widgets, boolean segments) {

        /** What {@code --only} names besides the widgets: the segment preview count. */
        static final String SEGMENT = "segment";

        static Settings from(BenchArgs a) {
            BenchArgs.Pg demo = a.pg();
            BenchArgs.Pg pg = new BenchArgs.Pg(a.text("pg-bench", withDatabase(demo.url(), "crm_bench")), demo.user(),
                    demo.password());
            BenchArgs.ClickHouse ch = a.clickhouse();
            List<String> parts = new ArrayList<>(Arrays.stream(DashboardWidget.values()).map(DashboardWidget::id).toList());
            parts.add(SEGMENT);
            // --only brief,funnel: those alone (a whole run at 10,000,000 facts takes about 80 minutes)
            List<String> only = a.someOf("only", parts);
            List<String> chosen = only == null ? parts : only;
            return new Settings(pg, new ClickHouseConfig(ch.url(), a.text("bench-database", "crm_bench"), ch.user(),
                    ch.password()), new BenchDataset(a.integer("facts", 10_000_000)), a.flag("reload"),
                    a.integer("warmup", 5), a.integer("iterations", 30), a.integer("budget-seconds", 20),
                    Arrays.stream(DashboardWidget.values()).filter(w -> chosen.contains(w.id())).toList(),
                    chosen.contains(SEGMENT));
        }

        /** The same server, another database: {@code jdbc:postgresql://h:p/crm?x} → {@code …/<database>?x}. */
        static String withDatabase(String url, String database) {
            return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        }
    }

    /** One widget × viewer × period: both sides' timings and whether their figures agree. */
    record Cell(DashboardWidget widget, BenchDataset.Viewer viewer, String period, Timings.Sample clickhouse,
                Timings.Sample postgres, boolean same) {

        double speedUp() {
            return postgres.percentile(95) / clickhouse.percentile(95);
        }

        /** The target is per query: the slowest query of the widget's read, at p95. */
        boolean fastEnough() {
            return clickhouse.queryPercentile(95) <= WIDGET_P95_MS;
        }
    }

    private final Settings s;

    DashboardBench(Settings settings) {
        this.s = settings;
    }

    int run() throws Exception {
        try (Connection pg = DriverManager.getConnection(s.pg().url(), s.pg().user(), s.pg().password());
             HikariDataSource ch = pool(s.clickhouse())) {
            new BenchLoader(s.clickhouse(), s.pg(), s.data()).ensureLoaded(s.reload(), pg);
            BenchReport.printParts(ch, s.clickhouse().database());
            List<Cell> cells = s.widgets().isEmpty() ? List.of() : widgets(new ClickHouseFigures(ch), new PostgresFigures(pg));
            Boolean previewsMet = s.segments()
                    ? new SegmentPreviewBench(ch, new Timings(s.warmup(), s.iterations(), s.budgetSeconds())).run()
                    : null;
            boolean same = BenchReport.summary(cells, previewsMet);
            return same ? 0 : 1;
        }
    }

    private List<Cell> widgets(ClickHouseFigures clickhouse, PostgresFigures postgres) throws Exception {
        Timings timings = new Timings(s.warmup(), s.iterations(), s.budgetSeconds());
        System.out.printf("%nmanager dashboard on %s, %,d fact rows; ms of each widget's read (its queries one after the"
                + " other, as the widget does: p50, p95) and of its slowest query (q p95, the issue's figure), over up to"
                + " %d runs after %d warm-up, at most %d s a side and cell%n",
                BenchDataset.AS_OF, s.data().facts(), s.iterations(), s.warmup(), s.budgetSeconds());
        BenchReport.header();
        List<Cell> cells = new ArrayList<>();
        for (DashboardWidget widget : s.widgets()) {
            for (BenchDataset.Viewer viewer : BenchDataset.Viewer.values()) {
                // the pipeline is a snapshot of now: the period does not narrow it
                List<DashboardWidget.Period> periods = widget == DashboardWidget.PIPELINE
                        ? List.of(DashboardWidget.Period.MONTH) : List.of(DashboardWidget.Period.values());
                for (DashboardWidget.Period period : periods) {
                    var scope = viewer.scope();
                    List<String> fromClickHouse = clickhouse.read(widget, scope, period);
                    List<String> fromPostgres = postgres.read(widget, scope, period);
                    boolean same = fromClickHouse.stream().sorted().toList().equals(fromPostgres.stream().sorted().toList());
                    if (!same) {
                        BenchReport.difference(widget, viewer, period, fromClickHouse, fromPostgres);
                    }
                    Cell cell = new Cell(widget, viewer, widget == DashboardWidget.PIPELINE ? "now" : period.id(),
                            timings.measure(() -> clickhouse.read(widget, scope, period)),
                            timings.measure(() -> postgres.read(widget, scope, period)), same);
                    BenchReport.row(cell);
                    cells.add(cell);
                }
            }
        }
        return cells;
    }

    private static HikariDataSource pool(ClickHouseConfig config) {
        var pool = new HikariConfig();
        pool.setPoolName("bench-clickhouse");
        pool.setDataSource(ClickHouseDataSources.create(config));
        pool.setMaximumPoolSize(2);
        pool.setMinimumIdle(1);
        pool.setInitializationFailTimeout(-1); // the database may not exist before the first load
        return new HikariDataSource(pool);
    }
}
