package io.pulsecrm.dashboards.drilldown;

import java.util.List;
import java.util.regex.Pattern;

/** The paging of every drill-down: {@code page} ≥ 0 (default 0), {@code size} 1–100 (default 20). */
public record PageParameters(int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    /** The paging asked for, or null with the problems added to {@code problems}. */
    public static PageParameters parse(String page, String size, List<InvalidParameters.Problem> problems) {
        long pageNumber = page == null ? 0 : number(page);
        boolean ok = true;
        if (pageNumber < 0 || pageNumber > Integer.MAX_VALUE) {
            problems.add(new InvalidParameters.Problem("page", "nonNegativeInteger"));
            ok = false;
        }
        long pageSize = size == null ? DEFAULT_SIZE : number(size);
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            problems.add(new InvalidParameters.Problem("size", "between", "1", Integer.toString(MAX_SIZE)));
            ok = false;
        }
        return ok ? new PageParameters((int) pageNumber, (int) pageSize) : null;
    }

    /** The value as a whole number, or -1 when it is none (a sign, a fraction, letters, too long). */
    public static long number(String value) {
        String digits = value.strip();
        return DIGITS.matcher(digits).matches() ? Long.parseLong(digits) : -1;
    }
}
