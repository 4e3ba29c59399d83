package io.pulsecrm.warehouse.query.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.RECEIPTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.SIGNED_CONTRACTS;

import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.FigureUnion.Key;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Each sales widget's figures in ONE statement ({@link FigureUnion}): the brief's facts in a period and the one before
 * (each fact's table read once for both), KPI attainment's targets with its actuals, the trend's months and the
 * leaderboard's owners of several facts. The figures are those of {@link SalesFactQueries} — the same {@link FactRows}
 * per fact, so every drill-down still lists exactly a figure's rows.
 */
public final class SalesWidgetQueries {

    private static final String TARGETS = "targets";

    private final DataSource dataSource;
    private final ZoneId zone;

    /** @param dataSource connections on the warehouse database; pool them when querying per request */
    public SalesWidgetQueries(DataSource dataSource) {
        this(dataSource, SalesFactQueries.SHANGHAI);
    }

    public SalesWidgetQueries(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    /** Every fact's totals in {@code now} and, unless null, in {@code before} (else {@link FactTotals#NONE}). */
    public Map<SalesFact, FactComparison> brief(List<SalesFact> facts, ViewerScope scope, FactFilter filter,
            DayRange now, DayRange before) {
        var union = new FigureUnion(zone);
        facts.forEach(fact -> union.fact(fact.name(), fact, scope, filter, List.of(), now, before));
        Map<SalesFact, FactComparison> totals = new EnumMap<>(SalesFact.class);
        union.read(dataSource, "totals of " + facts)
                .forEach(row -> totals.put(SalesFact.valueOf(row.part()), new FactComparison(row.first(), row.second())));
        return totals;
    }

    /** The targets of the months holding {@code days} and the contracts and receipts of those days. */
    public KpiFigures kpi(ViewerScope scope, FactFilter filter, DayRange days) {
        var union = new FigureUnion(zone).targets(TARGETS, scope, YearMonth.from(days.from()), YearMonth.from(days.to()));
        // Each fact's rows read once for both groupings.
        for (SalesFact fact : List.of(SIGNED_CONTRACTS, RECEIPTS)) {
            union.fact(fact.name(), fact, scope, filter, List.of(Key.DEPARTMENT, Key.OWNER), days, null);
        }
        List<TargetSum> targets = new ArrayList<>();
        Map<String, Map<String, FactTotals>> parts = new TreeMap<>();
        for (FigureUnion.Row row : union.read(dataSource, "KPI figures")) {
            if (TARGETS.equals(row.part())) {
                targets.add(new TargetSum(id(row.k1()), id(row.k2()), row.first().amount(), row.second().amount()));
            } else {
                parts.computeIfAbsent(row.part() + " " + row.k2(), p -> new TreeMap<>()).put(row.k1(), row.first());
            }
        }
        // As SalesTargetQueries lists them (ClickHouse sorts NULL last).
        targets.sort(Comparator.comparing(TargetSum::userId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TargetSum::departmentId, Comparator.nullsLast(Comparator.naturalOrder())));
        return new KpiFigures(targets, ids(parts.get(SIGNED_CONTRACTS + " " + Key.DEPARTMENT)),
                ids(parts.get(RECEIPTS + " " + Key.DEPARTMENT)), ids(parts.get(SIGNED_CONTRACTS + " " + Key.OWNER)),
                ids(parts.get(RECEIPTS + " " + Key.OWNER)));
    }

    /** Each fact's totals per month of the range (months without rows absent). */
    public Map<SalesFact, Map<YearMonth, FactTotals>> byMonth(List<SalesFact> facts, ViewerScope scope,
            FactFilter filter, DayRange range) {
        Map<SalesFact, Map<YearMonth, FactTotals>> months = new EnumMap<>(SalesFact.class);
        perFact(facts, Key.MONTH, scope, filter, range).forEach((fact, groups) -> months.put(fact, months(groups)));
        return months;
    }

    /** Each fact's totals per owner (rows without an owner absent). */
    public Map<SalesFact, Map<Long, FactTotals>> byOwner(List<SalesFact> facts, ViewerScope scope, FactFilter filter,
            DayRange range) {
        Map<SalesFact, Map<Long, FactTotals>> owners = new EnumMap<>(SalesFact.class);
        perFact(facts, Key.OWNER, scope, filter, range).forEach((fact, groups) -> owners.put(fact, ids(groups)));
        return owners;
    }

    /** Every fact's totals per key, in one statement; a fact without rows maps to an empty map. */
    Map<SalesFact, Map<String, FactTotals>> perFact(List<SalesFact> facts, Key key, ViewerScope scope,
            FactFilter filter, DayRange range) {
        var union = new FigureUnion(zone);
        Map<SalesFact, Map<String, FactTotals>> groups = new EnumMap<>(SalesFact.class);
        for (SalesFact fact : facts) {
            union.fact(fact.name(), fact, scope, filter, List.of(key), range, null);
            groups.put(fact, new TreeMap<>());
        }
        union.read(dataSource, facts + " by " + key)
                .forEach(row -> groups.get(SalesFact.valueOf(row.part())).put(row.k1(), row.first()));
        return groups;
    }

    static Map<YearMonth, FactTotals> months(Map<String, FactTotals> byYyyymm) {
        Map<YearMonth, FactTotals> months = new TreeMap<>();
        byYyyymm.forEach((k, v) -> {
            int yyyymm = Integer.parseInt(k);
            months.put(YearMonth.of(yyyymm / 100, yyyymm % 100), v);
        });
        return months;
    }

    static Map<Long, FactTotals> ids(Map<String, FactTotals> byId) {
        Map<Long, FactTotals> ids = new TreeMap<>();
        if (byId != null) {
            byId.forEach((k, v) -> ids.put(Long.valueOf(k), v));
        }
        return ids;
    }

    private static Long id(String text) {
        return text == null ? null : Long.valueOf(text);
    }
}
