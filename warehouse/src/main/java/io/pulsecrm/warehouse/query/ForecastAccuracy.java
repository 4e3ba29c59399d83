package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a day's snapshot forecast for a close month, next to what closed WON in that month by now (the current
 * CLOSED cells, months in the forecast zone). {@code forecast} has a row per category the snapshot had, CLOSED
 * included (what had already closed by the snapshot day); {@link #forecastWeighted} is their weighted sum.
 */
public record ForecastAccuracy(LocalDate snapshotDate, int closeMonth, List<ForecastFigures> forecast, long wonDeals,
        BigDecimal wonAmount) {

    public BigDecimal forecastWeighted() {
        return forecast.stream().map(ForecastFigures::weightedAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
