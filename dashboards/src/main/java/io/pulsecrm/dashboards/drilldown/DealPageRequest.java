package io.pulsecrm.dashboards.drilldown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which page of which stage's deals: the only choice the browser has. Parsed from the raw parameters here, so that
 * every bad one is named in one answer, in the viewer's language.
 */
record DealPageRequest(long stageId, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    /** @throws InvalidParameters naming each parameter that is missing or out of range */
    static DealPageRequest parse(String stageId, String page, String size) {
        List<InvalidParameters.Problem> problems = new ArrayList<>();
        long stage = 0;
        if (stageId == null || stageId.isBlank()) {
            problems.add(new InvalidParameters.Problem("stageId", "required"));
        } else {
            stage = number(stageId);
            if (stage < 1) {
                problems.add(new InvalidParameters.Problem("stageId", "positiveInteger"));
            }
        }
        long pageNumber = page == null ? 0 : number(page);
        if (pageNumber < 0 || pageNumber > Integer.MAX_VALUE) {
            problems.add(new InvalidParameters.Problem("page", "nonNegativeInteger"));
        }
        long pageSize = size == null ? DEFAULT_SIZE : number(size);
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            problems.add(new InvalidParameters.Problem("size", "between", "1", Integer.toString(MAX_SIZE)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidParameters(problems);
        }
        return new DealPageRequest(stage, (int) pageNumber, (int) pageSize);
    }

    /** The value as a whole number, or -1 when it is none (a sign, a fraction, letters, too long). */
    private static long number(String value) {
        String digits = value.strip();
        return DIGITS.matcher(digits).matches() ? Long.parseLong(digits) : -1;
    }
}
