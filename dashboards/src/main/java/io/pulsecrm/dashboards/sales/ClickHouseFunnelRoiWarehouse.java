package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.CampaignCredit;
import io.pulsecrm.warehouse.query.CampaignFilter;
import io.pulsecrm.warehouse.query.CampaignRoi;
import io.pulsecrm.warehouse.query.CampaignRoiQueries;
import io.pulsecrm.warehouse.query.FunnelFilter;
import io.pulsecrm.warehouse.query.FunnelQueries;
import io.pulsecrm.warehouse.query.FunnelQueries.BackwardMoves;
import io.pulsecrm.warehouse.query.FunnelQueries.Conversion;
import io.pulsecrm.warehouse.query.FunnelQueries.Stage;
import io.pulsecrm.warehouse.query.FunnelQueries.StepEntries;
import io.pulsecrm.warehouse.query.FunnelQueries.StepTime;
import io.pulsecrm.warehouse.query.FunnelStep;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link FunnelRoiWarehouse} on the warehouse library's queries: no SQL of our own. */
@Component
class ClickHouseFunnelRoiWarehouse implements FunnelRoiWarehouse {

    private final FunnelQueries funnel;
    private final CampaignRoiQueries roi;

    ClickHouseFunnelRoiWarehouse(FunnelQueries funnel, CampaignRoiQueries roi) {
        this.funnel = funnel;
        this.roi = roi;
    }

    @Override
    public List<Stage> stages() {
        return WarehouseUnavailable.read(funnel::stages);
    }

    @Override
    public List<StepEntries> entriesPerStep(FunnelFilter filter) {
        return WarehouseUnavailable.read(() -> funnel.entriesPerStep(filter));
    }

    @Override
    public Conversion conversion(FunnelStep from, FunnelStep to, FunnelFilter filter) {
        return WarehouseUnavailable.read(() -> funnel.conversion(from, to, filter));
    }

    @Override
    public List<StepTime> timeInStep(FunnelFilter filter) {
        return WarehouseUnavailable.read(() -> funnel.timeInStep(filter));
    }

    @Override
    public List<BackwardMoves> backwardMoves(FunnelFilter filter) {
        return WarehouseUnavailable.read(() -> funnel.backwardMoves(filter));
    }

    @Override
    public FactRecords entryRecords(FunnelStep step, FunnelFilter filter, int page, int size) {
        return WarehouseUnavailable.read(() -> funnel.entryRecords(step, filter, page, size));
    }

    @Override
    public List<CampaignRoi> roiByCampaign(AttributionModel model, CampaignFilter filter) {
        return WarehouseUnavailable.read(() -> roi.roiByCampaign(model, filter));
    }

    @Override
    public FactRecords credited(CampaignCredit credit, AttributionModel model, long campaignId, CampaignFilter filter,
            int page, int size) {
        return WarehouseUnavailable.read(() -> roi.credited(credit, model, campaignId, filter, page, size));
    }
}
