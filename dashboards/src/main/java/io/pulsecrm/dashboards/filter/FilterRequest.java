package io.pulsecrm.dashboards.filter;

import io.pulsecrm.dashboards.drilldown.InvalidParameters;
import io.pulsecrm.dashboards.drilldown.PageParameters;
import io.pulsecrm.warehouse.query.AttributionModel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's filters as the URL carries them ({@code period}, {@code from}, {@code to}, {@code dept}, {@code emp},
 * {@code kpi}, {@code roi}), checked for form only: whether the department and the employee are the viewer's to see is decided by
 * {@link DashboardFilterResolver}. Every bad parameter is named in one answer.
 *
 * @param period   CUSTOM when from/to are given without a period
 * @param from     for CUSTOM only
 * @param kpi      MONTH, QUARTER or YEAR: the calendar period of the targets; null for the default
 * @param roi      the campaign ROI's attribution model ({@code roi=first|last}); first touch by default
 */
public record FilterRequest(Period period, LocalDate from, LocalDate to, Long departmentId, Long employeeId, Period kpi,
                            AttributionModel roi) {

    /** A custom range may span at most this many years. */
    static final int MAX_YEARS = 10;

    public static final FilterRequest DEFAULT = new FilterRequest(Period.MONTH, null, null, null, null, null,
            AttributionModel.FIRST_TOUCH);

    /** The values of {@code roi}, by parameter. */
    static final Map<String, AttributionModel> ROI = Map.of("first", AttributionModel.FIRST_TOUCH,
            "last", AttributionModel.LAST_TOUCH);

    /** Without an attribution model: first touch. */
    public static FilterRequest parse(String period, String from, String to, String dept, String emp, String kpi) {
        return parse(period, from, to, dept, emp, kpi, null);
    }

    /** @throws InvalidParameters naming each parameter that is malformed, missing or out of range */
    public static FilterRequest parse(String period, String from, String to, String dept, String emp, String kpi,
            String roi) {
        List<InvalidParameters.Problem> problems = new ArrayList<>();
        AttributionModel model = roi(roi, problems);
        Period chosen = period == null || period.isBlank()
                ? (from != null || to != null ? Period.CUSTOM : Period.MONTH) : Period.ofParameter(period.strip());
        if (chosen == null) {
            problems.add(new InvalidParameters.Problem("period", "oneOf", "today, week, month, quarter, year, custom"));
        }
        LocalDate start = null;
        LocalDate end = null;
        if (chosen == Period.CUSTOM) {
            start = date("from", from, problems);
            end = date("to", to, problems);
            if (start != null && end != null) {
                if (end.isBefore(start)) {
                    problems.add(new InvalidParameters.Problem("to", "notBeforeFrom"));
                } else if (!end.isBefore(start.plusYears(MAX_YEARS))) {
                    problems.add(new InvalidParameters.Problem("to", "rangeTooLong", Integer.toString(MAX_YEARS)));
                }
            }
        }
        Long department = id("dept", dept, problems);
        Long employee = id("emp", emp, problems);
        Period targets = kpi == null || kpi.isBlank() ? null : Period.ofParameter(kpi.strip());
        if (kpi != null && !kpi.isBlank() && (targets == null || targets.compareTo(Period.MONTH) < 0 || targets == Period.CUSTOM)) {
            problems.add(new InvalidParameters.Problem("kpi", "oneOf", "month, quarter, year"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidParameters(problems);
        }
        return new FilterRequest(chosen, start, end, department, employee, targets, model);
    }

    /** {@code first} or {@code last} (first when absent); anything else is added to {@code problems}. */
    public static AttributionModel roi(String value, List<InvalidParameters.Problem> problems) {
        if (value == null || value.isBlank()) {
            return AttributionModel.FIRST_TOUCH;
        }
        AttributionModel model = ROI.get(value.strip());
        if (model == null) {
            problems.add(new InvalidParameters.Problem("roi", "oneOf", "first, last"));
        }
        return model;
    }

    /** The parameter value of a model: {@code first} or {@code last}. */
    public static String roiParameter(AttributionModel model) {
        return model == AttributionModel.LAST_TOUCH ? "last" : "first";
    }

    private static LocalDate date(String name, String value, List<InvalidParameters.Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidParameters.Problem(name, "required"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidParameters.Problem(name, "date"));
            return null;
        }
    }

    /** A positive id, or null when absent; a malformed one is added to {@code problems}. */
    public static Long id(String name, String value, List<InvalidParameters.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id = PageParameters.number(value);
        if (id < 1) {
            problems.add(new InvalidParameters.Problem(name, "positiveInteger"));
            return null;
        }
        return id;
    }
}
