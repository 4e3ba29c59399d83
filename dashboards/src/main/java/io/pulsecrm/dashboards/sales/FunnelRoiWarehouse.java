package io.pulsecrm.dashboards.sales;

import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.CampaignCredit;
import io.pulsecrm.warehouse.query.CampaignFilter;
import io.pulsecrm.warehouse.query.CampaignRoi;
import io.pulsecrm.warehouse.query.FunnelFilter;
import io.pulsecrm.warehouse.query.FunnelQueries.BackwardMoves;
import io.pulsecrm.warehouse.query.FunnelQueries.Conversion;
import io.pulsecrm.warehouse.query.FunnelQueries.Stage;
import io.pulsecrm.warehouse.query.FunnelQueries.StepEntries;
import io.pulsecrm.warehouse.query.FunnelQueries.StepTime;
import io.pulsecrm.warehouse.query.FunnelStep;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import java.util.List;

/**
 * What the funnel and campaign ROI widgets and their drill-downs need from ClickHouse: the warehouse library's funnel
 * and ROI reads, always under a filter holding the scope the server resolved. Every method throws
 * {@link io.pulsecrm.dashboards.pipeline.WarehouseUnavailable} when ClickHouse cannot answer.
 */
public interface FunnelRoiWarehouse {

    List<Stage> stages();

    List<StepEntries> entriesPerStep(FunnelFilter filter);

    Conversion conversion(FunnelStep from, FunnelStep to, FunnelFilter filter);

    List<StepTime> timeInStep(FunnelFilter filter);

    List<BackwardMoves> backwardMoves(FunnelFilter filter);

    FactRecords entryRecords(FunnelStep step, FunnelFilter filter, int page, int size);

    List<CampaignRoi> roiByCampaign(AttributionModel model, CampaignFilter filter);

    FactRecords credited(CampaignCredit credit, AttributionModel model, long campaignId, CampaignFilter filter, int page,
            int size);
}
