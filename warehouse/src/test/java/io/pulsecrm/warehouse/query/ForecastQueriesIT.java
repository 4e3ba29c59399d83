package io.pulsecrm.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.query.AgeingBucket.Bucket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The forecast's query helpers on the real ClickHouse endpoint, in a database of this class's own. */
class ForecastQueriesIT {

    private static final long REP = 11, OTHER = 12, SHANGHAI = 3, WEST = 4;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final VisibleScope SHANGHAI_ONLY = new VisibleScope(false, Set.of(), Set.of(SHANGHAI));

    private static ForecastQueries forecast;
    private static ReceivableQueries receivables;

    @BeforeAll
    static void rows() throws SQLException {
        var config = WarehouseStack.clickHouse().withDatabase("crm_forecast_it_" + UUID.randomUUID().toString().substring(0, 8));
        ClickHouseMigrations.apply(config);
        DataSource dataSource = ClickHouseDataSources.create(config);
        forecast = new ForecastQueries(dataSource);
        receivables = new ReceivableQueries(dataSource);
        try (Connection c = dataSource.getConnection()) {
            // two stages of one category add up; the weights are exact and rounded once: 0.005 + 0.005 = 0.01
            cell(c, 202604, REP, SHANGHAI, "OPEN", 1, "BEST_CASE", 1, "0.01", "0.005000", 10);
            cell(c, 202604, REP, SHANGHAI, "OPEN", 2, "BEST_CASE", 1, "0.01", "0.005000", 10);
            cell(c, 202604, REP, SHANGHAI, "OPEN", 3, "COMMIT", 2, "1000.00", "800.000000", 10);
            cell(c, 202604, REP, SHANGHAI, "OPEN", 3, "COMMIT", 3, "1500.00", "1200.000000", 11); // a newer version
            cell(c, 202604, OTHER, WEST, "OPEN", 3, "COMMIT", 1, "9999.00", "7999.200000", 10);
            cell(c, 202604, REP, SHANGHAI, "WON", 3, "CLOSED", 1, "700.00", "700.000000", 10);
            cell(c, 202605, REP, SHANGHAI, "OPEN", 1, "PIPELINE", 0, "0.00", "0.000000", 12); // every deal left
            cell(c, 202607, REP, SHANGHAI, "OPEN", 1, "PIPELINE", 1, "50.00", "5.000000", 10); // outside the months
            snapshot(c, "2026-03-01", 202604, "OPEN", 3, "COMMIT", 2, "2000.00", "1600.000000");
            snapshot(c, "2026-03-01", 202604, "OPEN", 1, "BEST_CASE", 1, "100.00", "40.000000");
            snapshot(c, "2026-03-02", 202604, "OPEN", 3, "COMMIT", 9, "9000.00", "7200.000000");
            plan(c, 1, TODAY, "100.00", "100.00", 0, 10); // fully received: not outstanding
            plan(c, 2, TODAY, "100.00", "40.00", 0, 10); // due today: not yet due
            plan(c, 3, TODAY.minusDays(1), "200.00", "0.00", 0, 10);
            plan(c, 4, TODAY.minusDays(30), "300.00", "0.00", 0, 10);
            plan(c, 5, TODAY.minusDays(31), "400.00", "100.00", 0, 10);
            plan(c, 6, TODAY.minusDays(90), "500.00", "0.00", 0, 10);
            plan(c, 7, TODAY.minusDays(91), "600.00", "0.00", 0, 10);
            plan(c, 8, TODAY.minusDays(91), "700.00", "0.00", 0, 10);
            plan(c, 8, TODAY.minusDays(91), "700.00", "0.00", 1, 11); // deleted since
        }
    }

    @Test
    void weightedPipelineSumsStagesPerMonthAndCategoryForTheOwnersInScopeRoundedOnce() {
        List<ForecastFigures> figures = forecast.pipelineByMonthAndCategory(SHANGHAI_ONLY, 202604, 202606);

        assertThat(figures).containsExactly(
                new ForecastFigures(202604, "BEST_CASE", 2, money("0.02"), money("0.01")),
                new ForecastFigures(202604, "CLOSED", 1, money("700.00"), money("700.00")),
                new ForecastFigures(202604, "COMMIT", 3, money("1500.00"), money("1200.00")));
        assertThat(forecast.pipelineByMonthAndCategory(VisibleScope.EVERYTHING, 202604, 202604))
                .filteredOn(f -> f.category().equals("COMMIT")).singleElement()
                .satisfies(f -> assertThat(f.weightedAmount()).isEqualByComparingTo("9199.20"));
        assertThat(forecast.pipelineByMonthAndCategory(new VisibleScope(false, Set.of(OTHER), Set.of()), 202604, 202604))
                .extracting(ForecastFigures::category).containsExactly("COMMIT");
    }

    @Test
    void forecastOfADaysSnapshotStandsNextToWhatClosed() {
        ForecastAccuracy accuracy = forecast.forecastVsActual(SHANGHAI_ONLY, LocalDate.of(2026, 3, 1), 202604);

        assertThat(accuracy.forecast()).extracting(f -> f.category() + " " + f.deals() + " " + f.weightedAmount())
                .containsExactly("BEST_CASE 1 40.00", "COMMIT 2 1600.00");
        assertThat(accuracy.forecastWeighted()).isEqualByComparingTo("1640.00");
        assertThat(accuracy.wonDeals()).isEqualTo(1);
        assertThat(accuracy.wonAmount()).isEqualByComparingTo("700.00");
    }

    @Test
    void ageingPutsEachOutstandingPlanInItsBucketRelativeToTheDayAsked() {
        assertThat(receivables.ageing(SHANGHAI_ONLY, TODAY)).containsExactly(
                new AgeingBucket(Bucket.NOT_DUE, 1, money("60.00")),
                new AgeingBucket(Bucket.DAYS_1_30, 2, money("500.00")),
                new AgeingBucket(Bucket.DAYS_31_60, 1, money("300.00")),
                new AgeingBucket(Bucket.DAYS_61_90, 1, money("500.00")),
                new AgeingBucket(Bucket.OVER_90, 1, money("600.00")));
        assertThat(receivables.ageing(SHANGHAI_ONLY, TODAY.minusDays(100))).extracting(AgeingBucket::plans)
                .containsExactly(6L, 0L, 0L, 0L, 0L);
        assertThat(receivables.ageing(new VisibleScope(false, Set.of(OTHER), Set.of(WEST)), TODAY))
                .allSatisfy(b -> assertThat(b.plans()).isZero());
    }

    private static java.math.BigDecimal money(String value) {
        return new java.math.BigDecimal(value);
    }

    private static void cell(Connection c, int month, long owner, long dept, String status, long stage, String category,
            long deals, String amount, String weighted, long version) throws SQLException {
        insert(c, "INSERT INTO forecast_pipeline (close_month, owner_id, owner_dept_id, status, stage_id, category, deals, "
                + "amount, weighted_amount, version, commit_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now64(3))",
                month, owner, dept, status, stage, category, deals, money(amount), money(weighted), version);
    }

    private static void snapshot(Connection c, String day, int month, String status, long stage, String category,
            long deals, String amount, String weighted) throws SQLException {
        insert(c, "INSERT INTO forecast_snapshot (snapshot_date, close_month, owner_id, owner_dept_id, status, stage_id, "
                + "category, deals, amount, weighted_amount, version, commit_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, now64(3))",
                LocalDate.parse(day), month, REP, SHANGHAI, status, stage, category, deals, money(amount), money(weighted));
    }

    private static void plan(Connection c, long plan, LocalDate due, String amount, String received, int deleted,
            long version) throws SQLException {
        insert(c, "INSERT INTO receivable (plan_id, contract_id, owner_id, owner_dept_id, due_date, amount, receipts, "
                + "received, outstanding, version, is_deleted, commit_ts) VALUES (?, 1, ?, ?, ?, ?, 1, ?, ?, ?, ?, now64(3))",
                plan, REP, SHANGHAI, due, money(amount), money(received), money(amount).subtract(money(received)), version,
                deleted);
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }
}
