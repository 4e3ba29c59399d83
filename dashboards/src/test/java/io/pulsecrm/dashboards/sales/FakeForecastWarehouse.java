package io.pulsecrm.dashboards.sales;

import io.pulsecrm.warehouse.query.ForecastAccuracy;
import io.pulsecrm.warehouse.query.ForecastFigures;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forecast figures the web tests control: the cells and the first-day snapshots a test gives (none unless it says),
 * filtered to the months asked for, and the last filter they were read with. The real reads are exercised by the
 * warehouse's {@code ForecastDashboardQueriesIT} and the *IT tests on the local stack.
 */
public class FakeForecastWarehouse implements ForecastWarehouse {

    private final List<ForecastFigures> cells = new ArrayList<>();
    private final Map<Integer, List<ForecastFigures>> snapshots = new ConcurrentHashMap<>();
    private volatile FactFilter lastFilter;

    public synchronized void cells(ForecastFigures... figures) {
        cells.clear();
        cells.addAll(List.of(figures));
    }

    /** The first-day snapshot of the month of {@code figures}' close month. */
    public void snapshot(ForecastFigures... figures) {
        snapshots.put(figures[0].closeMonth(), List.of(figures));
    }

    public FactFilter lastFilter() {
        return lastFilter;
    }

    @Override
    public synchronized List<ForecastFigures> pipeline(ViewerScope scope, FactFilter filter, YearMonth first,
            YearMonth last) {
        lastFilter = filter;
        return cells.stream().filter(c -> c.closeMonth() >= ForecastFigures.yyyymm(first) && c.closeMonth() <= ForecastFigures.yyyymm(last)).toList();
    }

    @Override
    public synchronized List<ForecastAccuracy> forecastVsActual(ViewerScope scope, FactFilter filter, YearMonth first,
            YearMonth last) {
        lastFilter = filter;
        List<ForecastAccuracy> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            int month = ForecastFigures.yyyymm(m);
            var won = cells.stream().filter(c -> c.closeMonth() == month && c.category().equals("CLOSED")).findFirst();
            months.add(new ForecastAccuracy(m.atDay(1), month, snapshots.getOrDefault(month, List.of()),
                    won.map(ForecastFigures::deals).orElse(0L), won.map(ForecastFigures::amount).orElse(new BigDecimal("0.00"))));
        }
        return months;
    }
}
