package io.pulsecrm.dashboards.drilldown;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of which stage's deals: the only choice the browser has. Parsed from the raw parameters here, so that
 * every bad one is named in one answer, in the viewer's language.
 */
record DealPageRequest(long stageId, int page, int size) {

    /** @throws InvalidParameters naming each parameter that is missing or out of range */
    static DealPageRequest parse(String stageId, String page, String size) {
        List<InvalidParameters.Problem> problems = new ArrayList<>();
        long stage = 0;
        if (stageId == null || stageId.isBlank()) {
            problems.add(new InvalidParameters.Problem("stageId", "required"));
        } else {
            stage = PageParameters.number(stageId);
            if (stage < 1) {
                problems.add(new InvalidParameters.Problem("stageId", "positiveInteger"));
            }
        }
        PageParameters paging = PageParameters.parse(page, size, problems);
        if (!problems.isEmpty()) {
            throw new InvalidParameters(problems);
        }
        return new DealPageRequest(stage, paging.page(), paging.size());
    }
}
