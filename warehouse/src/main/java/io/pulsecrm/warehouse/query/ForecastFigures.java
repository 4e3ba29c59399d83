package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The forecast of one close month ({@code yyyyMM}; 0 = open deals without an expected close date) and category
 * (PIPELINE, BEST_CASE, COMMIT, or CLOSED for won deals): deals, amount, and the weighted amount (amount × win rate /
 * 100 summed exactly, rounded once to cents, half up; for CLOSED the amount).
 */
public record ForecastFigures(int closeMonth, String category, long deals, BigDecimal amount, BigDecimal weightedAmount) {

    /** A month as {@code closeMonth} has it. */
    public static int yyyymm(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
