package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.rows.OpportunityRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What one deal adds to the forecast: its cell and amount. Open deals count in the cell of their expected close month,
 * won deals in the month they closed (in the forecast zone); lost and deleted deals count nowhere.
 */
public record ForecastDeal(CellKey cell, BigDecimal amount) {

    /** The deal's contribution, or null when it has none. */
    static ForecastDeal of(OpportunityRow deal, ZoneId zone) {
        if (deal.deleted()) {
            return null;
        }
        int month;
        if (CellKey.OPEN.equals(deal.status())) {
            month = monthOf(deal.expectedCloseDate());
        } else if (CellKey.WON.equals(deal.status())) {
            month = deal.closedAt() == null ? 0 : monthOf(LocalDate.ofInstant(deal.closedAt(), zone));
        } else {
            return null;
        }
        return new ForecastDeal(new CellKey(deal.stageId(), deal.status(), month, orZero(deal.ownerId()),
                orZero(deal.ownerDeptId())), deal.amount());
    }

    String stageKey() {
        return Long.toString(cell.stageId());
    }

    private static int monthOf(LocalDate date) {
        return date == null ? 0 : date.getYear() * 100 + date.getMonthValue();
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }
}
