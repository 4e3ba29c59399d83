package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.filter.DashboardFilters;
import io.pulsecrm.dashboards.filter.FilterRequest;
import java.time.LocalDate;

/** The filters as the server resolved them, so the page shows the days a preset stands for. */
public record FiltersView(String period, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                          String kpi, LocalDate kpiFrom, LocalDate kpiTo, Long dept, Long emp, String roi) {

    static FiltersView of(DashboardFilters f) {
        return new FiltersView(f.period().parameter(), f.range().from(), f.range().to(), f.previous().from(),
                f.previous().to(), f.kpi().parameter(), f.kpiRange().from(), f.kpiRange().to(), f.departmentId(),
                f.employeeId(), FilterRequest.roiParameter(f.roi()));
    }
}
