package io.pulsecrm.warehouse.query.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.FOLLOW_UPS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.NEW_CONTACTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.NEW_CUSTOMERS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.NEW_OPPORTUNITIES;
import static io.pulsecrm.warehouse.query.sales.SalesFact.POOL_EVENTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.RECEIPTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.SIGNED_CONTRACTS;
import static io.pulsecrm.warehouse.query.sales.SalesFactQueriesIT.EAST;
import static io.pulsecrm.warehouse.query.sales.SalesFactQueriesIT.NOVEMBER;
import static io.pulsecrm.warehouse.query.sales.SalesFactQueriesIT.REP;
import static io.pulsecrm.warehouse.query.sales.SalesFactQueriesIT.REP_EAST;
import static io.pulsecrm.warehouse.query.sales.SalesFactQueriesIT.REP_WEST;
import static io.pulsecrm.warehouse.query.sales.SalesFactQueriesIT.SALES_MANAGER;
import static io.pulsecrm.warehouse.query.sales.SalesFactQueriesIT.TEAM;
import static io.pulsecrm.warehouse.query.sales.SalesFactQueriesIT.WEST;
import static io.pulsecrm.warehouse.query.sales.SalesFactQueriesIT.WEST_DEPT;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.warehouse.query.ViewerScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each widget's figures read in one statement, on the real ClickHouse endpoint, over {@link SalesFactQueriesIT}'s rows
 * (a database of this class's own): the figures worked out by hand, the same as each figure read alone, and a figure's
 * drill-down listing exactly its rows.
 */
class SalesWidgetQueriesIT {

    private static final DayRange OCTOBER = new DayRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31));
    private static final DayRange YEAR = new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    private static final List<SalesFact> FACTS =
            List.of(NEW_CUSTOMERS, NEW_CONTACTS, NEW_OPPORTUNITIES, SIGNED_CONTRACTS, RECEIPTS, FOLLOW_UPS, POOL_EVENTS);
    private static final List<ViewerScope> VIEWERS = List.of(ViewerScope.EVERYTHING, REP, SALES_MANAGER, TEAM, WEST_DEPT);

    private static SalesWidgetQueries widgets;

    @BeforeAll
    static void rows() {
        SalesFactQueriesIT.rows();
        widgets = new SalesWidgetQueries(SalesFactQueriesIT.dataSource);
    }

    @Test
    void theBriefCountsEachFactInThePeriodAndInThePeriodBeforeByTheirShanghaiDays() {
        var brief = widgets.brief(List.of(NEW_CUSTOMERS, SIGNED_CONTRACTS, RECEIPTS), ViewerScope.EVERYTHING,
                FactFilter.ANY, NOVEMBER, OCTOBER);

        assertThat(brief.get(NEW_CUSTOMERS)).as("created at midnight of 11-01 in Shanghai: November's")
                .isEqualTo(new FactComparison(totals(4, "0.00"), FactTotals.NONE));
        assertThat(brief.get(SIGNED_CONTRACTS))
                .isEqualTo(new FactComparison(totals(2, "3500.50"), totals(1, "300.00")));
        assertThat(brief.get(RECEIPTS)).isEqualTo(new FactComparison(totals(2, "500.10"), FactTotals.NONE));
    }

    @Test
    void theBriefGivesEveryScopeTheFiguresEachFactHasAloneAndTheirDrillDownsListExactlyThoseRows() {
        var westOnly = new FactFilter(Set.of(WEST), null, null);
        for (ViewerScope viewer : VIEWERS) {
            for (FactFilter filter : List.of(FactFilter.ANY, westOnly)) {
                var brief = widgets.brief(FACTS, viewer, filter, NOVEMBER, OCTOBER);
                for (SalesFact fact : FACTS) {
                    FactComparison figure = brief.get(fact);
                    String what = fact + " for " + viewer + " " + filter;
                    assertThat(figure.now()).as(what).isEqualTo(SalesFactQueriesIT.facts.totals(fact, viewer, filter, NOVEMBER));
                    assertThat(figure.before()).as(what).isEqualTo(SalesFactQueriesIT.facts.totals(fact, viewer, filter, OCTOBER));
                    var listed = SalesFactQueriesIT.facts.records(fact, viewer, filter, NOVEMBER, 0, 100).items();
                    assertThat(listed).as(what).hasSize((int) figure.now().count());
                    assertThat(listed.stream().map(FactRecord::amount).reduce(FactTotals.NONE.amount(), BigDecimal::add))
                            .as(what).isEqualTo(figure.now().amount());
                }
            }
        }
    }

    @Test
    void kpiReadsTheTargetsWithTheActualsPerDepartmentAndOwner() {
        KpiFigures kpi = widgets.kpi(SALES_MANAGER, FactFilter.ANY, NOVEMBER);

        assertThat(kpi.targets()).containsExactly(
                new TargetSum(REP_EAST, null, new BigDecimal("5000.00"), new BigDecimal("1000.00")),
                new TargetSum(null, EAST, new BigDecimal("8000.00"), new BigDecimal("2000.00")));
        assertThat(kpi.contractsByDepartment()).containsExactly(
                Map.entry(EAST, totals(1, "1000.00")), Map.entry(WEST, totals(1, "2500.50")));
        assertThat(kpi.receiptsByDepartment()).containsExactly(
                Map.entry(EAST, totals(1, "400.00")), Map.entry(WEST, totals(1, "100.10")));
        assertThat(kpi.contractsByOwner()).containsExactly(
                Map.entry(REP_EAST, totals(1, "1000.00")), Map.entry(REP_WEST, totals(1, "2500.50")));
        assertThat(kpi.receiptsByOwner()).containsExactly(
                Map.entry(REP_EAST, totals(1, "400.00")), Map.entry(REP_WEST, totals(1, "100.10")));
    }

    @Test
    void kpiListsTargetsAsTheTargetListDoesAndTheActualsAsEachFigureAlone() {
        var quarter = new DayRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
        for (ViewerScope viewer : VIEWERS) {
            KpiFigures kpi = widgets.kpi(viewer, FactFilter.ANY, quarter);

            assertThat(kpi.targets()).as("%s", viewer).containsExactlyElementsOf(
                    SalesFactQueriesIT.targets.targets(viewer, YearMonth.of(2025, 10), YearMonth.of(2025, 12)));
            assertThat(kpi.contractsByDepartment()).isEqualTo(
                    SalesFactQueriesIT.facts.byDepartment(SIGNED_CONTRACTS, viewer, FactFilter.ANY, quarter));
            assertThat(kpi.receiptsByOwner()).isEqualTo(
                    SalesFactQueriesIT.facts.byOwner(RECEIPTS, viewer, FactFilter.ANY, quarter));
        }
    }

    @Test
    void theTrendReadsBothFactsPerMonthAndTheLeaderboardPerOwner() {
        var months = widgets.byMonth(List.of(SIGNED_CONTRACTS, RECEIPTS), ViewerScope.EVERYTHING, FactFilter.ANY, YEAR);
        assertThat(months.get(SIGNED_CONTRACTS)).containsExactly(
                Map.entry(YearMonth.of(2025, 10), totals(1, "300.00")), Map.entry(YearMonth.of(2025, 11), totals(2, "3500.50")));
        assertThat(months.get(RECEIPTS)).containsExactly(Map.entry(YearMonth.of(2025, 11), totals(2, "500.10")));

        var owners = widgets.byOwner(List.of(SIGNED_CONTRACTS, RECEIPTS), TEAM, FactFilter.ANY, NOVEMBER);
        assertThat(owners.get(SIGNED_CONTRACTS)).as("through the contract's team")
                .containsExactly(Map.entry(REP_EAST, totals(1, "1000.00")));
        assertThat(owners.get(RECEIPTS)).containsExactly(Map.entry(REP_EAST, totals(1, "400.00")));

        var none = widgets.byOwner(List.of(SIGNED_CONTRACTS, RECEIPTS), REP, new FactFilter(Set.of(WEST), null, null),
                NOVEMBER);
        assertThat(none).containsOnlyKeys(SIGNED_CONTRACTS, RECEIPTS).allSatisfy((fact, byOwner) -> assertThat(byOwner).isEmpty());
    }

    private static FactTotals totals(long count, String amount) {
        return new FactTotals(count, new BigDecimal(amount));
    }
}
