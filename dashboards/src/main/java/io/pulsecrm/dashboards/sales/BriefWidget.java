package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.FOLLOW_UPS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.NEW_CONTACTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.NEW_CUSTOMERS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.NEW_OPPORTUNITIES;
import static io.pulsecrm.warehouse.query.sales.SalesFact.RECEIPTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.SIGNED_CONTRACTS;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.warehouse.query.sales.FactComparison;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The sales brief: each {@link SalesFact} of the period against the period before it (see {@code Period}), with the
 * change in percent. Figures only, no chart: the page shows them as tiles, each drilling into its rows.
 */
@Component
@Order(10)
class BriefWidget implements Widget<List<BriefWidget.Item>> {

    private static final FactComparison NOTHING = new FactComparison(FactTotals.NONE, FactTotals.NONE);

    static final List<SalesFact> FACTS =
            List.of(NEW_CUSTOMERS, NEW_CONTACTS, NEW_OPPORTUNITIES, SIGNED_CONTRACTS, RECEIPTS, FOLLOW_UPS);

    /**
     * One tile.
     *
     * @param countChange  percent, one decimal, half up; null when the previous period had none
     * @param amountChange the same for the amount; null for a fact without amounts
     */
    record Item(SalesFact fact, long count, BigDecimal amount, long previousCount, BigDecimal previousAmount,
                BigDecimal countChange, BigDecimal amountChange, Drill drill, Drill previousDrill) {
    }

    private final SalesWarehouse warehouse;

    BriefWidget(SalesWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public String id() {
        return "brief";
    }

    @Override
    public List<String> sourceTables() {
        return List.of("customer", "contact", "opportunity", "contract", "receipt", "follow_up");
    }

    @Override
    public List<Item> read(WidgetQuery query) {
        var filters = query.filters();
        Map<SalesFact, FactComparison> figures =
                warehouse.brief(FACTS, query.scope(), filters.factFilter(), filters.range(), filters.previous());
        return FACTS.stream().map(fact -> {
            FactComparison figure = figures.getOrDefault(fact, NOTHING);
            FactTotals now = figure.now();
            FactTotals before = figure.before();
            boolean money = fact.hasAmount();
            return new Item(fact, now.count(), money ? now.amount() : null, before.count(),
                    money ? before.amount() : null, change(BigDecimal.valueOf(now.count()), BigDecimal.valueOf(before.count())),
                    money ? change(now.amount(), before.amount()) : null,
                    Drill.of(fact, filters.range()), Drill.of(fact, filters.previous()));
        }).toList();
    }

    @Override
    public String optionJson(List<Item> figures, Locale locale) {
        return null;
    }

    /** (now − before) / before × 100, one decimal, half up; null when there was nothing before. */
    static BigDecimal change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }
}
