package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.drilldown.InvalidParameters;
import io.pulsecrm.dashboards.drilldown.PageParameters;
import io.pulsecrm.dashboards.filter.FilterRequest;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A drill-down as the URL carries it: the figure's {@link Drill} ({@code fact}, {@code from}, {@code to}, {@code owner},
 * {@code department}, {@code category}), the page's own filters ({@code dept}, {@code emp}) and the paging. Checked for
 * form only, every bad parameter named in one answer; whose figures these are is checked by {@link FactDrillDown}.
 *
 * @param filters the days and the page's department / employee, as a custom range
 */
record DrillRequest(SalesFact fact, FilterRequest filters, Long owner, Long department, String category,
                    PageParameters paging) {

    static DrillRequest parse(String fact, String from, String to, String owner, String department, String category,
            String dept, String emp, String page, String size) {
        List<InvalidParameters.Problem> problems = new ArrayList<>();
        SalesFact chosen = Arrays.stream(SalesFact.values()).filter(f -> f.name().equals(fact)).findFirst().orElse(null);
        if (chosen == null) {
            problems.add(new InvalidParameters.Problem("fact", "oneOf", String.join(", ", Stream.concat(
                    Arrays.stream(SalesFact.values()), Arrays.stream(FunnelRoiFact.values())).map(Enum::name).toList())));
        }
        FilterRequest filters = null;
        try {
            filters = FilterRequest.parse("custom", from, to, dept, emp, null);
        } catch (InvalidParameters e) {
            problems.addAll(e.problems());
        }
        Long ownerId = FilterRequest.id("owner", owner, problems);
        Long departmentId = FilterRequest.id("department", department, problems);
        String kind = category == null || category.isBlank() ? null : category.strip();
        if (kind != null && chosen != null && !chosen.categories().contains(kind)) {
            problems.add(new InvalidParameters.Problem("category", "oneOf",
                    chosen.categories().isEmpty() ? "—" : String.join(", ", chosen.categories().stream().sorted().toList())));
        }
        PageParameters paging = PageParameters.parse(page, size, problems);
        if (!problems.isEmpty()) {
            throw new InvalidParameters(problems);
        }
        return new DrillRequest(chosen, filters, ownerId, departmentId, kind, paging);
    }
}
