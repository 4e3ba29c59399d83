package io.pulsecrm.dashboards.filter;

import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import java.time.LocalDate;
import java.util.Set;

/**
 * The filters of one view, resolved for one viewer on one day: the days, the period before them, the calendar period
 * of the targets, and who (a department with the departments under it, an employee) inside the viewer's scope. Equal
 * filters of viewers with equal scopes share one reading of the figures in the live feed.
 *
 * @param departments the chosen department and every department under it; null when no department was chosen
 * @param resolvedOn  the day the presets were resolved: a feed resolves them again when the day changes
 * @param roi         the campaign ROI's attribution model
 */
public record DashboardFilters(Period period, DayRange range, DayRange previous, Period kpi, DayRange kpiRange,
                               Long departmentId, Set<Long> departments, Long employeeId, LocalDate resolvedOn,
                               AttributionModel roi) {

    public DashboardFilters {
        departments = departments == null ? null : Set.copyOf(departments);
    }

    /** What the figures are narrowed to inside the scope. */
    public FactFilter factFilter() {
        return new FactFilter(departments, employeeId, null);
    }

    /**
     * The day "now" means for figures of a moment (receivables, the forecast's first month): the period's last day,
     * or today while the period is still running (this year's view looks ahead from today, not from 31 December).
     */
    public LocalDate asOf() {
        return range.to().isAfter(resolvedOn) ? resolvedOn : range.to();
    }

    /** The year the sales trend shows (that of the period's last day) and the one before. */
    public int trendYear() {
        return range.to().getYear();
    }
}
