package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.RECEIPTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.SIGNED_CONTRACTS;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The leaderboard: the users whose contracts (APPROVED, by signed_on) or receipts in the period the viewer sees, by
 * contract amount, then receipts, then id; the chart shows the first {@value #SHOWN}. Each bar drills into that user's
 * contracts or receipts.
 */
@Component
@Order(40)
class LeaderboardWidget implements Widget<List<LeaderboardWidget.Leader>> {

    static final int SHOWN = 10;
    static final String CONTRACTS = "contracts", RECEIPTS_ID = "receipts";

    /** @param name null when the user is not (or no longer) in the organization */
    record Leader(int rank, long userId, String name, long contracts, BigDecimal contractAmount, long receipts,
                  BigDecimal receiptAmount, Map<String, Drill> drill) {
    }

    private static final Comparator<Leader> RANKING = Comparator.comparing(Leader::contractAmount).reversed()
            .thenComparing(Comparator.comparing(Leader::receiptAmount).reversed())
            .thenComparingLong(Leader::userId);

    private final SalesWarehouse warehouse;
    private final Charts charts;

    LeaderboardWidget(SalesWarehouse warehouse, Charts charts) {
        this.warehouse = warehouse;
        this.charts = charts;
    }

    @Override
    public String id() {
        return "leaderboard";
    }

    @Override
    public List<String> sourceTables() {
        return List.of("contract", "receipt");
    }

    @Override
    public List<Leader> read(WidgetQuery query) {
        var filters = query.filters();
        var byOwner = warehouse.byOwner(List.of(SIGNED_CONTRACTS, RECEIPTS), query.scope(), filters.factFilter(),
                filters.range());
        Map<Long, FactTotals> contracts = byOwner.getOrDefault(SIGNED_CONTRACTS, Map.of());
        Map<Long, FactTotals> receipts = byOwner.getOrDefault(RECEIPTS, Map.of());
        var users = new TreeSet<Long>(contracts.keySet());
        users.addAll(receipts.keySet());
        Map<Long, String> names = users.isEmpty() ? Map.of() : query.directory().get().people().stream()
                .collect(Collectors.toMap(OrgDirectory.Person::id, OrgDirectory.Person::displayName));
        List<Leader> unranked = users.stream().map(user -> {
            FactTotals c = contracts.getOrDefault(user, FactTotals.NONE);
            FactTotals r = receipts.getOrDefault(user, FactTotals.NONE);
            return new Leader(0, user, names.get(user), c.count(), c.amount(), r.count(), r.amount(), Map.of(
                    CONTRACTS, Drill.of(SIGNED_CONTRACTS, filters.range()).owner(user),
                    RECEIPTS_ID, Drill.of(RECEIPTS, filters.range()).owner(user)));
        }).sorted(RANKING).toList();
        return java.util.stream.IntStream.range(0, unranked.size()).mapToObj(i -> {
            Leader l = unranked.get(i);
            return new Leader(i + 1, l.userId(), l.name(), l.contracts(), l.contractAmount(), l.receipts(),
                    l.receiptAmount(), l.drill());
        }).toList();
    }

    @Override
    public String optionJson(List<Leader> leaders, Locale locale) {
        List<Leader> shown = leaders.stream().limit(SHOWN).toList();
        String[] names = shown.stream().map(l -> l.name() == null ? "#" + l.userId() : l.name()).toArray(String[]::new);
        return charts.render(charts.text("chart.leaderboard.title", locale), names, true,
                Charts.bar(CONTRACTS, charts.text("chart.leaderboard.contracts", locale), amounts(shown, Leader::contractAmount)),
                Charts.bar(RECEIPTS_ID, charts.text("chart.leaderboard.receipts", locale), amounts(shown, Leader::receiptAmount)));
    }

    private static Number[] amounts(List<Leader> leaders, Function<Leader, BigDecimal> amount) {
        return leaders.stream().map(amount).toArray(Number[]::new);
    }
}
