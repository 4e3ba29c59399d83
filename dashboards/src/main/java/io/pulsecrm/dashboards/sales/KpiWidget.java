package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.RECEIPTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.SIGNED_CONTRACTS;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.dashboards.filter.DashboardFilterResolver;
import io.pulsecrm.dashboards.filter.DashboardFilters;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.KpiFigures;
import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import io.pulsecrm.warehouse.query.sales.TargetSum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * KPI attainment: for each department and user with a sales target in the KPI's calendar month, quarter or year (the
 * one holding the period's last day), the targets summed over its months against the actuals of those days — contract
 * amount (APPROVED, by signed_on) and receipts (by received_on). A user's actuals are the rows they own; a department's
 * those attributed to it or a department under it. Only targets the viewer's scope covers, narrowed by the filters
 * (a chosen employee shows their own row only). Each figure drills into its rows.
 */
@Component
@Order(20)
class KpiWidget implements Widget<List<KpiWidget.Row>> {

    static final String CONTRACTS = "contracts", RECEIPTS_ID = "receipts";

    /**
     * @param contractRate actual / target × 100, one decimal, half up; null without a target
     */
    record Row(String kind, long id, String name, BigDecimal contractTarget, BigDecimal contractActual,
               BigDecimal contractRate, BigDecimal receiptTarget, BigDecimal receiptActual, BigDecimal receiptRate,
               Map<String, Drill> drill) {
    }

    private final SalesWarehouse warehouse;
    private final Charts charts;

    KpiWidget(SalesWarehouse warehouse, Charts charts) {
        this.warehouse = warehouse;
        this.charts = charts;
    }

    @Override
    public String id() {
        return "kpi";
    }

    @Override
    public List<String> sourceTables() {
        return List.of("sales_target", "contract", "receipt");
    }

    @Override
    public List<Row> read(WidgetQuery query) {
        DashboardFilters filters = query.filters();
        DayRange days = filters.kpiRange();
        KpiFigures figures = warehouse.kpi(query.scope(), filters.factFilter(), days);
        List<TargetSum> targets = figures.targets();
        if (targets.isEmpty()) {
            return List.of();
        }
        OrgDirectory org = query.directory().get();
        List<Row> rows = new ArrayList<>();
        if (filters.employeeId() == null) {
            Map<Long, FactTotals> contracts = figures.contractsByDepartment();
            Map<Long, FactTotals> receipts = figures.receiptsByDepartment();
            Map<Long, String> names = org.departments().stream()
                    .collect(Collectors.toMap(OrgDirectory.Department::id, OrgDirectory.Department::name));
            for (TargetSum target : targets) {
                Long dept = target.departmentId();
                if (dept == null || filters.departments() != null && !filters.departments().contains(dept)) {
                    continue;
                }
                var tree = DashboardFilterResolver.subtree(dept, org);
                rows.add(row("DEPARTMENT", dept, names.get(dept), target, sum(contracts, tree), sum(receipts, tree),
                        days, d -> d.department(dept)));
            }
        }
        Map<Long, FactTotals> contracts = figures.contractsByOwner();
        Map<Long, FactTotals> receipts = figures.receiptsByOwner();
        Map<Long, OrgDirectory.Person> people = org.people().stream()
                .collect(Collectors.toMap(OrgDirectory.Person::id, p -> p));
        for (TargetSum target : targets) {
            Long user = target.userId();
            if (user == null || !chosen(user, people.get(user), filters)) {
                continue;
            }
            var person = people.get(user);
            rows.add(row("USER", user, person == null ? null : person.displayName(), target,
                    contracts.getOrDefault(user, FactTotals.NONE).amount(), receipts.getOrDefault(user, FactTotals.NONE).amount(),
                    days, d -> d.owner(user)));
        }
        return rows;
    }

    /** A user's row shows when the filters chose them, or their department (as the organization has it now). */
    private static boolean chosen(long user, OrgDirectory.Person person, DashboardFilters filters) {
        if (filters.employeeId() != null) {
            return filters.employeeId() == user;
        }
        return filters.departments() == null || person != null && filters.departments().contains(person.departmentId());
    }

    private static Row row(String kind, long id, String name, TargetSum target, BigDecimal contracts, BigDecimal receipts,
            DayRange days, Function<Drill, Drill> whose) {
        return new Row(kind, id, name, target.contractAmount(), contracts, rate(contracts, target.contractAmount()),
                target.receiptAmount(), receipts, rate(receipts, target.receiptAmount()), Map.of(
                        CONTRACTS, whose.apply(Drill.of(SIGNED_CONTRACTS, days)),
                        RECEIPTS_ID, whose.apply(Drill.of(RECEIPTS, days))));
    }

    private static BigDecimal sum(Map<Long, FactTotals> byDepartment, java.util.Set<Long> departments) {
        return byDepartment.entrySet().stream().filter(e -> departments.contains(e.getKey()))
                .map(e -> e.getValue().amount()).reduce(FactTotals.NONE.amount(), BigDecimal::add);
    }

    static BigDecimal rate(BigDecimal actual, BigDecimal target) {
        return target.signum() == 0 ? null
                : actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }

    @Override
    public String optionJson(List<Row> rows, Locale locale) {
        String[] names = rows.stream().map(r -> label(r, locale)).toArray(String[]::new);
        return charts.render(charts.text("chart.kpi.title", locale), names, true,
                Charts.bar(CONTRACTS, charts.text("chart.kpi.contracts", locale), rates(rows, Row::contractRate)),
                Charts.bar(RECEIPTS_ID, charts.text("chart.kpi.receipts", locale), rates(rows, Row::receiptRate)));
    }

    private String label(Row row, Locale locale) {
        String name = row.name() == null ? "#" + row.id() : row.name();
        return "DEPARTMENT".equals(row.kind()) ? charts.text("chart.kpi.department", locale, name) : name;
    }

    private static Number[] rates(List<Row> rows, Function<Row, BigDecimal> rate) {
        return rows.stream().map(r -> rate.apply(r) == null ? BigDecimal.ZERO : rate.apply(r)).toArray(Number[]::new);
    }
}
