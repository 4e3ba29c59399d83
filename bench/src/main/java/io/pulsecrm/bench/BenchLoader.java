package io.pulsecrm.bench;

import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Puts the dashboards bench's data into its own databases, never the demo's: ClickHouse {@code crm_bench} made by the
 * warehouse's own migrations, PostgreSQL {@code crm_bench} made by oltp-app's own Flyway migrations (on the class path
 * as {@code db/migration}, copied from oltp-app's sources at build time). Rows are generated server-side
 * ({@link BenchRows}). A load is reused by later runs while both sides hold the rows of the same {@code --facts}.
 */
final class BenchLoader {

    private final ClickHouseConfig clickhouse;
    private final BenchArgs.Pg pg;
    private final BenchDataset data;

    BenchLoader(ClickHouseConfig clickhouse, BenchArgs.Pg pg, BenchDataset data) {
        this.clickhouse = clickhouse;
        this.pg = pg;
        this.data = data;
    }

    /** Loads unless the data is there already (or {@code reload}); prints what it did and how long it took. */
    void ensureLoaded(boolean reload, Connection postgres) throws SQLException {
        DataSource ch = ClickHouseDataSources.create(clickhouse);
        if (!reload && loaded(ch, postgres)) {
            // a newer build's migrations (a sort key, an index) apply to the loaded data, as they would in production
            ClickHouseMigrations.apply(clickhouse);
            migratePostgres();
            System.out.printf("data: %,d fact rows already loaded in ClickHouse %s and PostgreSQL %s (--reload to rebuild)%n",
                    data.facts(), clickhouse.database(), postgres.getCatalog());
            return;
        }
        System.out.printf("data: loading %,d fact rows into ClickHouse %s and PostgreSQL %s …%n", data.facts(),
                clickhouse.database(), postgres.getCatalog());
        long start = System.nanoTime();
        try (Connection c = ClickHouseDataSources.create(clickhouse.withDatabase("default")).getConnection();
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + clickhouse.database());
        }
        ClickHouseMigrations.apply(clickhouse);
        try (Connection c = ch.getConnection(); Statement s = c.createStatement()) {
            s.execute(BenchFunnel.CREATE_MOVES);
            insertAll(c, BenchDialect.CLICKHOUSE, true);
            BenchAnalytics.derive(c);
        }
        long clickhouseDone = System.nanoTime();
        System.out.printf("  ClickHouse   %6.1f s (warehouse migrations, then INSERT … SELECT … FROM numbers(N))%n",
                (clickhouseDone - start) / 1e9);
        resetPostgres(postgres);
        insertAll(postgres, BenchDialect.POSTGRES, false);
        try (Statement s = postgres.createStatement()) {
            s.execute("VACUUM ANALYZE"); // as autovacuum would have left a table of this age
        }
        System.out.printf("  PostgreSQL   %6.1f s (oltp-app's Flyway migrations, then INSERT … SELECT … FROM generate_series, VACUUM ANALYZE)%n",
                (System.nanoTime() - clickhouseDone) / 1e9);
    }

    private boolean loaded(DataSource ch, Connection postgres) {
        try (Connection c = ch.getConnection()) {
            // leads too: a load made before the funnel, forecast and ROI rows has the same customers and pool events
            return count(c, "pool_event") == data.poolEvents() && count(c, "customer") == data.customers()
                    && count(c, "lead") == data.leads() && count(postgres, "lead") == data.leads()
                    && count(postgres, "pool_event") == data.poolEvents() && count(postgres, "customer") == data.customers();
        } catch (SQLException missing) {
            return false;
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void resetPostgres(Connection postgres) throws SQLException {
        try (Statement s = postgres.createStatement()) {
            // The database is the bench's own (owned by crm): start from an empty schema, as a fresh oltp-app would.
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        migratePostgres();
    }

    private void migratePostgres() {
        Flyway.configure().dataSource(pg.url(), pg.user(), pg.password()).locations("classpath:db/migration")
                .load().migrate();
    }

    private void insertAll(Connection c, BenchDialect dialect, boolean features) throws SQLException {
        List<BenchInsert> all = new ArrayList<>(BenchRows.organization());
        all.addAll(BenchRows.facts());
        all.addAll(BenchRows.teams());
        if (features) {
            all.add(BenchRows.customerFeatures());
        }
        Map<String, Long> sizes = data.sizes();
        for (BenchInsert insert : all) {
            BenchInsert.Rendered sql = insert.render(dialect, sizes);
            long start = System.nanoTime();
            try (PreparedStatement q = c.prepareStatement(sql.sql())) {
                for (int i = 0; i < sql.params().size(); i++) {
                    q.setLong(i + 1, sql.params().get(i));
                }
                q.executeUpdate();
            } catch (SQLException e) {
                throw new SQLException(insert.table(dialect) + ": " + e.getMessage() + "\n" + sql.sql(), e);
            }
            System.out.printf("    %-10s %-24s %5.1f s%n", dialect == BenchDialect.CLICKHOUSE ? "ClickHouse" : "PostgreSQL",
                    insert.table(dialect), (System.nanoTime() - start) / 1e9);
        }
    }
}
