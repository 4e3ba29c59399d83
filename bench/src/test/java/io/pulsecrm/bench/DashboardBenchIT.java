package io.pulsecrm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The dashboards bench on the real local stack (PostgreSQL and the ClickHouse endpoint) at a tiny scale: both
 * databases are made by the products' own migrations and generate the same rows, so every widget's figures agree
 * between the warehouse helpers and plain SQL on PostgreSQL. No timings are asserted.
 * {@code -Dbench.facts=1000000} also runs the whole bench at that scale and prints its figures ({@code -Dbench.iterations},
 * {@code -Dbench.budget} seconds a side and cell, {@code -Dbench.reload}); the test stack starts empty unless
 * {@code -Dcrm.localstack.keepData=true}, so only then is a load reused by the next run.
 */
class DashboardBenchIT {

    private static final long FACTS = 30_000;

    @Test
    void clickHouseAndPostgresGiveTheSameFiguresForEveryWidgetViewerAndPeriod() throws Exception {
        var settings = settings(FACTS, "bench_it");
        try (Connection pg = DriverManager.getConnection(settings.pg().url(), settings.pg().user(), settings.pg().password());
             HikariDataSource ch = pool(settings.clickhouse())) {
            new BenchLoader(settings.clickhouse(), settings.pg(), settings.data()).ensureLoaded(true, pg);
            var clickhouse = new ClickHouseFigures(ch);
            var postgres = new PostgresFigures(pg);

            for (DashboardWidget widget : DashboardWidget.values()) {
                for (BenchDataset.Viewer viewer : BenchDataset.Viewer.values()) {
                    for (DashboardWidget.Period period : DashboardWidget.Period.values()) {
                        List<String> fromClickHouse = clickhouse.read(widget, viewer.scope(), period);
                        List<String> fromPostgres = postgres.read(widget, viewer.scope(), period);

                        assertThat(fromClickHouse).as("%s %s %s", widget, viewer, period)
                                .containsExactlyInAnyOrderElementsOf(fromPostgres);
                        if (viewer == BenchDataset.Viewer.ALL) {
                            assertThat(fromClickHouse).as("%s %s", widget, period).isNotEmpty();
                        }
                    }
                }
            }
        }
    }

    @Test
    void theRepSeesLessThanTheManagerWhoSeesLessThanEveryone() throws Exception {
        var settings = settings(FACTS, "bench_it");
        try (Connection pg = DriverManager.getConnection(settings.pg().url(), settings.pg().user(), settings.pg().password())) {
            new BenchLoader(settings.clickhouse(), settings.pg(), settings.data()).ensureLoaded(false, pg);
            var postgres = new PostgresFigures(pg);

            String all = receiptsNow(postgres, BenchDataset.Viewer.ALL);
            String manager = receiptsNow(postgres, BenchDataset.Viewer.MANAGER);
            String rep = receiptsNow(postgres, BenchDataset.Viewer.REP);

            assertThat(count(rep)).isPositive().isLessThan(count(manager));
            assertThat(count(manager)).isLessThan(count(all));
        }
    }

    /** The comparison above means something only if the new widgets' figures are not all empty or zero. */
    @Test
    void theFunnelRoiForecastReceivablesAndAccuracyWidgetsHaveFiguresInEveryPart() throws Exception {
        var settings = settings(FACTS, "bench_it");
        try (Connection pg = DriverManager.getConnection(settings.pg().url(), settings.pg().user(), settings.pg().password());
             HikariDataSource ch = pool(settings.clickhouse())) {
            new BenchLoader(settings.clickhouse(), settings.pg(), settings.data()).ensureLoaded(false, pg);
            var clickhouse = new ClickHouseFigures(ch);
            var all = BenchDataset.Viewer.ALL.scope();
            var year = DashboardWidget.Period.YEAR;

            List<String> funnel = clickhouse.read(DashboardWidget.FUNNEL, all, year);
            assertThat(funnel).anyMatch(l -> l.matches("step LEAD 0: [1-9]\\d* entered, [1-9]\\d* reached the next"))
                    .anyMatch(l -> l.matches("step CUSTOMER 0: [1-9]\\d* entered, [1-9]\\d* reached the next"))
                    .anyMatch(l -> l.matches("step STAGE 3: [1-9]\\d* entered, [1-9]\\d* reached the next"))
                    .anyMatch(l -> l.matches("step WON 0: [1-9]\\d* entered, null reached the next"))
                    .anyMatch(l -> l.startsWith("time in QUALIFIED 0: "))
                    .anyMatch(l -> l.startsWith("backward 6 → 1: "));
            assertThat(clickhouse.read(DashboardWidget.ROI, all, year))
                    .anyMatch(l -> l.matches(".*leads [1-9].*deals [1-9].*won [1-9].*contracts [1-9].*receipts [1-9].*"));
            assertThat(clickhouse.read(DashboardWidget.FORECAST, all, year)).anyMatch(l -> l.contains(" COMMIT: "))
                    .anyMatch(l -> l.contains(" BEST_CASE: ")).anyMatch(l -> l.contains(" PIPELINE: "))
                    .anyMatch(l -> l.contains(" CLOSED: "));
            assertThat(clickhouse.read(DashboardWidget.RECEIVABLES, all, year))
                    .anyMatch(l -> l.matches("receivables NOT_DUE: [1-9].*")).anyMatch(l -> l.matches("receivables OVER_90: [1-9].*"));
            assertThat(clickhouse.read(DashboardWidget.ACCURACY, BenchDataset.Viewer.MANAGER.scope(), year))
                    .anyMatch(l -> l.matches("won 2026\\d\\d: [1-9].*"));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "bench.facts", matches = "\\d+")
    void runsTheWholeBenchAtTheAskedScale() throws Exception {
        var settings = settings(Long.parseLong(System.getProperty("bench.facts")), "crm_bench");
        int exit = new DashboardBench(new DashboardBench.Settings(settings.pg(), settings.clickhouse(), settings.data(),
                Boolean.getBoolean("bench.reload"), 5, Integer.getInteger("bench.iterations", 30),
                Integer.getInteger("bench.budget", 20), List.of(DashboardWidget.values()), true)).run();

        assertThat(exit).as("both sides gave the same figures").isZero();
    }

    private static String receiptsNow(PostgresFigures postgres, BenchDataset.Viewer viewer) throws Exception {
        return postgres.read(DashboardWidget.BRIEF, viewer.scope(), DashboardWidget.Period.YEAR).stream()
                .filter(l -> l.startsWith("RECEIPTS now")).findFirst().orElseThrow();
    }

    private static long count(String line) {
        return Long.parseLong(line.substring(line.indexOf(": ") + 2, line.indexOf(" /")));
    }

    private static DashboardBench.Settings settings(long facts, String clickhouseDatabase) {
        var pg = LocalStack.shared().postgres();
        var ch = LocalStack.shared().clickhouse();
        return new DashboardBench.Settings(
                new BenchArgs.Pg(DashboardBench.Settings.withDatabase(pg.jdbcUrl(), "crm_bench"), pg.user(), pg.password()),
                new ClickHouseConfig(ch.jdbcUrl(), clickhouseDatabase, ch.user(), ch.password()),
                new BenchDataset(facts), false, 1, 3, 5, List.of(DashboardWidget.values()), true);
    }

    private static HikariDataSource pool(ClickHouseConfig config) {
        var pool = new HikariConfig();
        pool.setDataSource(ClickHouseDataSources.create(config));
        pool.setMaximumPoolSize(2);
        return new HikariDataSource(pool);
    }
}
