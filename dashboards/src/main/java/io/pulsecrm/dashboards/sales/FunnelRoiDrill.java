package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.filter.FilterRequest;
import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.CampaignCredit;
import io.pulsecrm.warehouse.query.FunnelStep;
import io.pulsecrm.warehouse.query.sales.DayRange;
import java.time.LocalDate;

/**
 * What a click on a funnel step or a campaign's figure lists: the parameters of {@code GET /api/v1/drill} besides the
 * page's own filters ({@code dept}, {@code emp}), set by the widget next to the figure. A funnel step's entries are of
 * the period ({@code from}, {@code to}); a campaign's records are of all time ({@code campaign}, {@code roi}).
 *
 * @param stage a stage's id with step {@code STAGE}; else null
 */
record FunnelRoiDrill(FunnelRoiFact fact, LocalDate from, LocalDate to, String step, Long stage, Long campaign,
                             String roi) {

    static FunnelRoiDrill entries(FunnelStep step, DayRange range) {
        return new FunnelRoiDrill(FunnelRoiFact.FUNNEL_ENTRIES, range.from(), range.to(), step.step(),
                step.stageId() == 0 ? null : step.stageId(), null, null);
    }

    static FunnelRoiDrill credited(CampaignCredit credit, long campaignId, AttributionModel model) {
        return new FunnelRoiDrill(FunnelRoiFact.of(credit), null, null, null, null, campaignId,
                FilterRequest.roiParameter(model));
    }
}
