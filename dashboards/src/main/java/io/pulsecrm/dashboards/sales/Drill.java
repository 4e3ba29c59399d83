package io.pulsecrm.dashboards.sales;

import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import java.time.LocalDate;

/**
 * What a click on one figure lists: the parameters of {@code GET /api/v1/drill} besides the page's own filters
 * ({@code dept}, {@code emp}), set by the widget next to the figure, so the list is read with the figure's predicate.
 *
 * @param owner      the figure is one user's (a leaderboard bar, a KPI row); else null
 * @param department the figure is one department's, with the departments under it (a KPI row); else null
 * @param category   the figure is one category's (a pool move kind); else null
 */
public record Drill(SalesFact fact, LocalDate from, LocalDate to, Long owner, Long department, String category) {

    static Drill of(SalesFact fact, DayRange range) {
        return new Drill(fact, range.from(), range.to(), null, null, null);
    }

    Drill owner(long userId) {
        return new Drill(fact, from, to, userId, department, category);
    }

    Drill department(long departmentId) {
        return new Drill(fact, from, to, owner, departmentId, category);
    }

    Drill category(String value) {
        return new Drill(fact, from, to, owner, department, value);
    }
}
