package io.pulsecrm.warehouse.query;

import static io.pulsecrm.warehouse.query.sales.SalesFact.FORECAST_OPEN;
import static io.pulsecrm.warehouse.query.sales.SalesFact.FORECAST_WON;
import static io.pulsecrm.warehouse.query.sales.SalesFact.RECEIVABLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import io.pulsecrm.warehouse.query.sales.FactRecord;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.SalesFactQueries;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forecast widgets' figures and the rows behind them on the real ClickHouse endpoint, in a database of this class's
 * own: the weighted pipeline by close month and category, forecast against actual, the receivables' ageing — per data
 * scope and narrowed by department and owner, against figures worked out by hand — and every figure's drill-down
 * ({@code FORECAST_OPEN}, {@code FORECAST_WON}, {@code RECEIVABLES}) adding up to it.
 */
class ForecastDashboardQueriesIT {

    private static final long SALES = 2, EAST = 3, WEST = 4;
    private static final long MANAGER = 10, REP_EAST = 11, REP_WEST = 12, TEAMMATE = 13;
    private static final long PROSPECT = 1, PROPOSAL = 2, NEGOTIATION = 3;
    private static final DayRange JANUARY = new DayRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private static final ViewerScope ALL = ViewerScope.EVERYTHING;
    /** SELF of the east rep. */
    private static final ViewerScope REP = scope(REP_EAST, Set.of(REP_EAST), Set.of());
    /** DEPT of west: the west rep and the teammate, and whatever is attributed to west. */
    private static final ViewerScope WEST_DEPT = scope(REP_WEST, Set.of(REP_WEST, TEAMMATE), Set.of(WEST));
    /** SELF of someone who owns nothing but is on the team of deal 103 and of contract 7001. */
    private static final ViewerScope TEAM = scope(TEAMMATE, Set.of(TEAMMATE), Set.of());

    private static ForecastQueries forecast;
    private static ReceivableQueries receivables;
    private static SalesFactQueries facts;

    private static ViewerScope scope(long viewer, Set<Long> owners, Set<Long> departments) {
        return new ViewerScope(viewer, new VisibleScope(false, owners, departments));
    }

    @BeforeAll
    static void rows() {
        var config = WarehouseStack.clickHouse().withDatabase("crm_forecast_it_" + UUID.randomUUID().toString().substring(0, 8));
        ClickHouseMigrations.apply(config);
        DataSource dataSource = ClickHouseDataSources.create(config);
        forecast = new ForecastQueries(dataSource);
        receivables = new ReceivableQueries(dataSource);
        facts = new SalesFactQueries(dataSource);
        var rows = new WarehouseRows(dataSource);
        rows.user(MANAGER, SALES, null, true);
        rows.user(REP_EAST, EAST, MANAGER, true);
        rows.user(REP_WEST, WEST, MANAGER, true);
        rows.user(TEAMMATE, WEST, MANAGER, true);
        rows.stage(PROSPECT, "接洽", 1, "20.00");
        rows.stage(PROPOSAL, "方案", 2, "50.00");
        rows.stage(NEGOTIATION, "谈判", 3, "80.00");

        // The deals as the mirror has them, and the cells the forecast topology made of them.
        openDeal(rows, 101, NEGOTIATION, "1000.00", REP_EAST, EAST, "2026-01-15");
        openDeal(rows, 102, NEGOTIATION, "500.00", REP_EAST, EAST, "2026-01-31");
        openDeal(rows, 103, PROPOSAL, "333.33", REP_WEST, WEST, "2026-01-10");
        openDeal(rows, 104, PROSPECT, "200.00", REP_WEST, WEST, "2026-02-01");
        openDeal(rows, 106, PROPOSAL, "400.00", REP_EAST, WEST, "2026-01-20"); // made while the rep was in west
        openDeal(rows, 107, PROPOSAL, "999.00", REP_EAST, EAST, "2026-12-31"); // beyond the months asked
        wonDeal(rows, 105, "700.00", REP_EAST, EAST, "2026-01-05T02:00:00Z");
        wonDeal(rows, 108, "900.00", REP_WEST, WEST, "2025-12-31T17:00:00Z"); // Shanghai: 2026-01-01
        rows.row("opportunity", false, "id", 109L, "name", "丢单", "amount", new BigDecimal("50.00"), "stage_id", PROPOSAL,
                "status", "LOST", "owner_id", REP_EAST, "owner_dept_id", EAST, "expected_close_date", LocalDate.of(2026, 1, 9));
        rows.deal(110, PROPOSAL, "已删除", "70.00", "OPEN", REP_EAST, EAST, null, LocalDate.of(2026, 1, 9), true);
        rows.teamMember(TEAMMATE, "OPPORTUNITY", 103, "READ", false);

        rows.forecastCell(202603, REP_WEST, WEST, "OPEN", PROPOSAL, "PIPELINE", 0, "0.00", "0.000000"); // left, old category
        rows.forecastCell(202601, REP_EAST, EAST, "OPEN", NEGOTIATION, "COMMIT", 2, "1500.00", "1200.000000");
        rows.forecastCell(202601, REP_WEST, WEST, "OPEN", PROPOSAL, "BEST_CASE", 1, "333.33", "166.665000");
        rows.forecastCell(202601, REP_EAST, WEST, "OPEN", PROPOSAL, "BEST_CASE", 1, "400.00", "200.000000");
        rows.forecastCell(202602, REP_WEST, WEST, "OPEN", PROSPECT, "PIPELINE", 1, "200.00", "40.000000");
        rows.forecastCell(202612, REP_EAST, EAST, "OPEN", PROPOSAL, "BEST_CASE", 1, "999.00", "499.500000");
        rows.forecastCell(202601, REP_EAST, EAST, "WON", NEGOTIATION, "CLOSED", 1, "700.00", "700.000000");
        rows.forecastCell(202601, REP_WEST, WEST, "WON", NEGOTIATION, "CLOSED", 1, "900.00", "900.000000");

        rows.forecastSnapshot(LocalDate.of(2026, 1, 1), 202601, REP_EAST, EAST, "OPEN", NEGOTIATION, "COMMIT", 2,
                "1500.00", "1200.000000");
        rows.forecastSnapshot(LocalDate.of(2026, 1, 1), 202601, REP_WEST, WEST, "OPEN", PROPOSAL, "BEST_CASE", 1,
                "333.33", "166.665000");
        rows.forecastSnapshot(LocalDate.of(2026, 1, 2), 202601, REP_EAST, EAST, "OPEN", NEGOTIATION, "COMMIT", 9,
                "9000.00", "7200.000000"); // not the month's first day
        rows.forecastSnapshot(LocalDate.of(2026, 1, 1), 202602, REP_WEST, WEST, "OPEN", PROSPECT, "PIPELINE", 1,
                "200.00", "40.000000"); // another month's forecast
        rows.forecastSnapshot(LocalDate.of(2026, 2, 1), 202602, REP_WEST, WEST, "OPEN", PROSPECT, "PIPELINE", 1,
                "200.00", "40.000000");

        rows.receivable(1, 7001, REP_EAST, EAST, AS_OF, "1000.00", "0.00", false);                       // due today
        rows.receivable(2, 7001, REP_EAST, EAST, AS_OF.minusDays(1), "1000.00", "400.00", false);       // 1 day
        rows.receivable(3, 7002, REP_WEST, WEST, AS_OF.minusDays(30), "500.00", "0.00", false);         // 30 days
        rows.receivable(4, 7002, REP_WEST, WEST, AS_OF.minusDays(31), "300.00", "0.00", false);         // 31 days
        rows.receivable(5, 7003, REP_EAST, EAST, AS_OF.minusDays(90), "250.00", "0.00", false);         // 90 days
        rows.receivable(6, 7004, REP_WEST, WEST, AS_OF.minusDays(91), "100.00", "0.00", false);         // 91 days
        rows.receivable(7, 7004, REP_WEST, WEST, AS_OF.minusDays(40), "100.00", "100.00", false);       // all received
        rows.receivable(8, 7004, REP_WEST, WEST, AS_OF.minusDays(40), "50.00", "0.00", true);           // deleted
        rows.receivable(9, 7005, REP_EAST, WEST, AS_OF.plusDays(10), "80.00", "30.00", false);          // west's, not due
    }

    @Test
    void weightedPipelineByCloseMonthAndCategoryForEveryScopeRoundedOnce() {
        assertThat(pipeline(ALL, FactFilter.ANY)).containsExactly(
                new ForecastFigures(202601, "BEST_CASE", 2, money("733.33"), money("366.67")),
                new ForecastFigures(202601, "CLOSED", 2, money("1600.00"), money("1600.00")),
                new ForecastFigures(202601, "COMMIT", 2, money("1500.00"), money("1200.00")),
                new ForecastFigures(202602, "PIPELINE", 1, money("200.00"), money("40.00")));
        assertThat(pipeline(REP, FactFilter.ANY)).containsExactly(
                new ForecastFigures(202601, "BEST_CASE", 1, money("400.00"), money("200.00")),
                new ForecastFigures(202601, "CLOSED", 1, money("700.00"), money("700.00")),
                new ForecastFigures(202601, "COMMIT", 2, money("1500.00"), money("1200.00")));
        assertThat(pipeline(WEST_DEPT, FactFilter.ANY)).as("the west rep's, and the east rep's deal made in west")
                .containsExactly(
                        new ForecastFigures(202601, "BEST_CASE", 2, money("733.33"), money("366.67")),
                        new ForecastFigures(202601, "CLOSED", 1, money("900.00"), money("900.00")),
                        new ForecastFigures(202602, "PIPELINE", 1, money("200.00"), money("40.00")));
        assertThat(pipeline(TEAM, FactFilter.ANY)).as("a deal's team does not widen the forecast").isEmpty();
    }

    @Test
    void departmentAndOwnerNarrowInsideTheScope() {
        assertThat(pipeline(ALL, new FactFilter(Set.of(EAST), null, null))).containsExactly(
                new ForecastFigures(202601, "CLOSED", 1, money("700.00"), money("700.00")),
                new ForecastFigures(202601, "COMMIT", 2, money("1500.00"), money("1200.00")));
        assertThat(pipeline(ALL, new FactFilter(null, REP_WEST, null))).containsExactly(
                new ForecastFigures(202601, "BEST_CASE", 1, money("333.33"), money("166.67")),
                new ForecastFigures(202601, "CLOSED", 1, money("900.00"), money("900.00")),
                new ForecastFigures(202602, "PIPELINE", 1, money("200.00"), money("40.00")));
        assertThat(pipeline(REP, new FactFilter(null, REP_WEST, null))).as("narrowing never widens").isEmpty();
        assertThat(pipeline(ALL, new FactFilter(Set.of(), null, null))).as("no department at all").isEmpty();
    }

    @Test
    void everyPipelineFigureIsTheTotalOfTheDealsItsDrillDownLists() {
        for (ViewerScope viewer : List.of(ALL, REP, WEST_DEPT, TEAM)) {
            for (FactFilter filter : List.of(FactFilter.ANY, new FactFilter(Set.of(WEST), null, null),
                    new FactFilter(null, REP_EAST, null))) {
                for (ForecastFigures figure : pipeline(viewer, filter)) {
                    YearMonth month = YearMonth.of(figure.closeMonth() / 100, figure.closeMonth() % 100);
                    var days = new DayRange(month.atDay(1), month.atEndOfMonth());
                    FactTotals listed = figure.category().equals("CLOSED")
                            ? facts.totals(FORECAST_WON, viewer, filter, days)
                            : facts.totals(FORECAST_OPEN, viewer, filter.withCategory(figure.category()), days);
                    assertThat(listed).as("%s %s", viewer, figure).isEqualTo(new FactTotals(figure.deals(), figure.amount()));
                }
            }
        }
    }

    @Test
    void openDealsOfAMonthAndCategoryListNewestCloseDateFirstLinkingToTheDeal() {
        var page = facts.records(FORECAST_OPEN, ALL, FactFilter.ANY.withCategory("BEST_CASE"), JANUARY, 0, 20);
        assertThat(page.items()).extracting(FactRecord::id).containsExactly(106L, 103L);
        assertThat(page.items().getFirst()).satisfies(r -> {
            assertThat(r.day()).isEqualTo(LocalDate.of(2026, 1, 20));
            assertThat(r.category()).isEqualTo("BEST_CASE");
            assertThat(r.linkKind()).isEqualTo("opportunities");
            assertThat(r.linkId()).isEqualTo(106L);
        });
        assertThat(facts.records(FORECAST_WON, ALL, FactFilter.ANY, JANUARY, 0, 20).items())
                .as("won by their Shanghai day").extracting(FactRecord::id, FactRecord::day)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(105L, LocalDate.of(2026, 1, 5)),
                        org.assertj.core.groups.Tuple.tuple(108L, LocalDate.of(2026, 1, 1)));
        assertThat(facts.totals(FORECAST_OPEN, TEAM, FactFilter.ANY.withCategory("BEST_CASE"), JANUARY).count())
                .as("the team member of 103 sees neither figure nor deal").isZero();
    }

    @Test
    void forecastOfEachMonthsFirstDaySnapshotStandsNextToWhatClosedWon() {
        List<ForecastAccuracy> months = forecast.forecastVsActualByMonth(ALL.scope(), FactFilter.ANY,
                YearMonth.of(2026, 1), YearMonth.of(2026, 3));
        assertThat(months).extracting(ForecastAccuracy::closeMonth).containsExactly(202601, 202602, 202603);
        assertThat(months).extracting(ForecastAccuracy::forecastWeighted)
                .containsExactly(money("1366.67"), money("40.00"), money("0.00"));
        assertThat(months).extracting(ForecastAccuracy::wonDeals).containsExactly(2L, 0L, 0L);
        assertThat(months).extracting(ForecastAccuracy::wonAmount)
                .containsExactly(money("1600.00"), money("0.00"), money("0.00"));
        assertThat(months.get(2).forecast()).as("no snapshot taken").isEmpty();

        ForecastAccuracy rep = forecast.forecastVsActualByMonth(REP.scope(), FactFilter.ANY, YearMonth.of(2026, 1),
                YearMonth.of(2026, 1)).getFirst();
        assertThat(rep.forecastWeighted()).isEqualTo(money("1200.00"));
        assertThat(rep.wonAmount()).isEqualTo(money("700.00"));
        ForecastAccuracy west = forecast.forecastVsActualByMonth(ALL.scope(), new FactFilter(null, REP_WEST, null),
                YearMonth.of(2026, 1), YearMonth.of(2026, 1)).getFirst();
        assertThat(west.forecastWeighted()).isEqualTo(money("166.67"));
        assertThat(west.wonAmount()).isEqualTo(money("900.00"));
        assertThat(facts.totals(FORECAST_WON, REP, FactFilter.ANY, JANUARY))
                .as("the actual's drill-down").isEqualTo(new FactTotals(rep.wonDeals(), rep.wonAmount()));
    }

    @Test
    void ageingBucketsOfTheDashboardAreTheRowsTheirDrillDownsList() {
        assertThat(bucket(ALL, AgeingBucket.Bucket.NOT_DUE)).isEqualTo(new FactTotals(2, money("1050.00")));
        assertThat(bucket(ALL, AgeingBucket.Bucket.DAYS_1_30)).isEqualTo(new FactTotals(2, money("1100.00")));
        assertThat(bucket(ALL, AgeingBucket.Bucket.DAYS_31_60)).isEqualTo(new FactTotals(1, money("300.00")));
        assertThat(bucket(ALL, AgeingBucket.Bucket.DAYS_61_90)).isEqualTo(new FactTotals(1, money("250.00")));
        assertThat(bucket(ALL, AgeingBucket.Bucket.OVER_90)).isEqualTo(new FactTotals(1, money("100.00")));
        assertThat(bucket(REP, AgeingBucket.Bucket.NOT_DUE)).isEqualTo(new FactTotals(2, money("1050.00")));
        assertThat(bucket(WEST_DEPT, AgeingBucket.Bucket.NOT_DUE)).as("plan 9 is attributed to west")
                .isEqualTo(new FactTotals(1, money("50.00")));
        assertThat(bucket(TEAM, AgeingBucket.Bucket.DAYS_1_30).count()).isZero();
        for (ViewerScope viewer : List.of(ALL, REP, WEST_DEPT, TEAM)) {
            for (AgeingBucket expected : receivables.ageing(viewer.scope(), AS_OF)) {
                assertThat(bucket(viewer, expected.bucket())).as("%s %s", viewer, expected.bucket())
                        .isEqualTo(new FactTotals(expected.plans(), expected.outstanding()));
            }
        }
        var overdue = facts.records(RECEIVABLES, ALL, FactFilter.ANY, AgeingBucket.Bucket.DAYS_1_30.dueDates(AS_OF), 0, 20);
        assertThat(overdue.items()).extracting(FactRecord::id).containsExactly(2L, 3L);
        assertThat(overdue.items().getFirst()).satisfies(r -> {
            assertThat(r.amount()).isEqualTo(money("600.00"));
            assertThat(r.linkKind()).isEqualTo("contracts");
            assertThat(r.linkId()).isEqualTo(7001L);
        });
    }

    private static List<ForecastFigures> pipeline(ViewerScope viewer, FactFilter filter) {
        return forecast.pipelineByMonthAndCategory(viewer.scope(), filter, YearMonth.of(2026, 1), YearMonth.of(2026, 6));
    }

    private static FactTotals bucket(ViewerScope viewer, AgeingBucket.Bucket bucket) {
        return facts.totals(RECEIVABLES, viewer, FactFilter.ANY, bucket.dueDates(AS_OF));
    }

    private static void openDeal(WarehouseRows rows, long id, long stage, String amount, long owner, long dept,
            String closeDate) {
        rows.deal(id, stage, "商机 " + id, amount, "OPEN", owner, dept, null, LocalDate.parse(closeDate), false);
    }

    private static void wonDeal(WarehouseRows rows, long id, String amount, long owner, long dept, String closedAt) {
        rows.row("opportunity", false, "id", id, "name", "赢单 " + id, "amount", new BigDecimal(amount), "stage_id",
                NEGOTIATION, "status", "WON", "owner_id", owner, "owner_dept_id", dept, "closed_at", Instant.parse(closedAt));
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
