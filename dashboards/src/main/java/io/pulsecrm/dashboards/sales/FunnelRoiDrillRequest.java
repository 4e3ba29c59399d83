package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.drilldown.InvalidParameters;
import io.pulsecrm.dashboards.drilldown.PageParameters;
import io.pulsecrm.dashboards.filter.FilterRequest;
import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.FunnelStep;
import java.util.ArrayList;
import java.util.List;

/**
 * A drill-down into a funnel step or a campaign's figure as the URL carries it (its {@link FunnelRoiDrill}, the page's
 * {@code dept} / {@code emp}, the paging), checked for form only, every bad parameter named in one answer. A funnel
 * step needs the days ({@code from}, {@code to}) and the step ({@code stage} with {@code STAGE}); a campaign's figure
 * needs {@code campaign} and takes {@code roi} (first by default) and no days.
 *
 * @param filters the page's department / employee, with the days for a funnel step
 * @param step    the funnel step; null for a campaign's figure
 * @param campaignId the campaign; null for a funnel step
 */
record FunnelRoiDrillRequest(FunnelRoiFact fact, FilterRequest filters, FunnelStep step, Long campaignId,
                             AttributionModel model, PageParameters paging) {

    private static final List<String> STEPS = List.of("LEAD", "QUALIFIED", "CUSTOMER", "OPPORTUNITY", "STAGE", "WON",
            "LOST", "INVALID");

    static FunnelRoiDrillRequest parse(FunnelRoiFact fact, String from, String to, String step, String stage,
            String campaign, String roi, String dept, String emp, String page, String size) {
        List<InvalidParameters.Problem> problems = new ArrayList<>();
        boolean funnel = fact == FunnelRoiFact.FUNNEL_ENTRIES;
        FilterRequest filters = null;
        try {
            filters = funnel ? FilterRequest.parse("custom", from, to, dept, emp, null)
                    : FilterRequest.parse(null, null, null, dept, emp, null);
        } catch (InvalidParameters e) {
            problems.addAll(e.problems());
        }
        FunnelStep chosen = funnel ? step(step, stage, problems) : null;
        Long campaignId = null;
        AttributionModel model = null;
        if (!funnel) {
            campaignId = FilterRequest.id("campaign", campaign, problems);
            if (campaignId == null && (campaign == null || campaign.isBlank())) {
                problems.add(new InvalidParameters.Problem("campaign", "required"));
            }
            model = FilterRequest.roi(roi, problems);
        }
        PageParameters paging = PageParameters.parse(page, size, problems);
        if (!problems.isEmpty()) {
            throw new InvalidParameters(problems);
        }
        return new FunnelRoiDrillRequest(fact, filters, chosen, campaignId, model, paging);
    }

    private static FunnelStep step(String step, String stage, List<InvalidParameters.Problem> problems) {
        String name = step == null ? "" : step.strip();
        if (!STEPS.contains(name)) {
            problems.add(name.isEmpty() ? new InvalidParameters.Problem("step", "required")
                    : new InvalidParameters.Problem("step", "oneOf", String.join(", ", STEPS)));
            return null;
        }
        Long stageId = FilterRequest.id("stage", stage, problems);
        if (name.equals("STAGE") && stageId == null) {
            if (stage == null || stage.isBlank()) {
                problems.add(new InvalidParameters.Problem("stage", "required"));
            }
            return null;
        }
        if (!name.equals("STAGE") && stageId != null) {
            problems.add(new InvalidParameters.Problem("stage", "onlyWithStage"));
            return null;
        }
        return new FunnelStep(name, stageId == null ? 0 : stageId);
    }
}
