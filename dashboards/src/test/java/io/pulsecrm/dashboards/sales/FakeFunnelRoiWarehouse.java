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
import io.pulsecrm.warehouse.query.sales.FactTotals;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Funnel and ROI figures the web tests control (none unless a test says), and the filters the last read used, so a
 * test sees what the server chose. The real reads are exercised by the warehouse's ITs and the browser IT.
 */
public class FakeFunnelRoiWarehouse implements FunnelRoiWarehouse {

    private volatile List<Stage> stages = List.of();
    private volatile List<StepEntries> entries = List.of();
    private final Map<String, Long> reached = new ConcurrentHashMap<>();
    private volatile List<CampaignRoi> campaigns = List.of();
    private volatile FunnelFilter lastFunnel;
    private volatile CampaignFilter lastCampaigns;
    private volatile AttributionModel lastModel;

    public void funnel(List<Stage> configured, List<StepEntries> entered) {
        stages = List.copyOf(configured);
        entries = List.copyOf(entered);
    }

    /** Of the entries into {@code from}, how many reached {@code to}. */
    public void reached(FunnelStep from, FunnelStep to, long count) {
        reached.put(from + ">" + to, count);
    }

    public void campaigns(List<CampaignRoi> rows) {
        campaigns = List.copyOf(rows);
    }

    public FunnelFilter lastFunnel() {
        return lastFunnel;
    }

    public CampaignFilter lastCampaigns() {
        return lastCampaigns;
    }

    public AttributionModel lastModel() {
        return lastModel;
    }

    @Override
    public List<Stage> stages() {
        return stages;
    }

    @Override
    public List<StepEntries> entriesPerStep(FunnelFilter filter) {
        lastFunnel = filter;
        return entries;
    }

    @Override
    public Conversion conversion(FunnelStep from, FunnelStep to, FunnelFilter filter) {
        long entered = entries.stream().filter(e -> e.step().equals(from)).mapToLong(StepEntries::entries).sum();
        return new Conversion(from, to, entered, reached.getOrDefault(from + ">" + to, 0L));
    }

    @Override
    public List<StepTime> timeInStep(FunnelFilter filter) {
        return List.of();
    }

    @Override
    public List<BackwardMoves> backwardMoves(FunnelFilter filter) {
        return List.of();
    }

    @Override
    public FactRecords entryRecords(FunnelStep step, FunnelFilter filter, int page, int size) {
        lastFunnel = filter;
        long count = entries.stream().filter(e -> e.step().equals(step)).mapToLong(StepEntries::entries).sum();
        return new FactRecords(new FactTotals(count, FactTotals.NONE.amount()), List.of());
    }

    @Override
    public List<CampaignRoi> roiByCampaign(AttributionModel model, CampaignFilter filter) {
        lastModel = model;
        lastCampaigns = filter;
        return campaigns;
    }

    @Override
    public FactRecords credited(CampaignCredit credit, AttributionModel model, long campaignId, CampaignFilter filter,
            int page, int size) {
        lastModel = model;
        lastCampaigns = filter;
        return new FactRecords(FactTotals.NONE, List.of());
    }
}
