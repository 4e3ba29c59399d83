package io.pulsecrm.bench;

import static io.pulsecrm.bench.ClickHouseFigures.line;
import static io.pulsecrm.bench.ClickHouseFigures.money;

import io.pulsecrm.warehouse.query.AgeingBucket;
import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.CampaignFilter;
import io.pulsecrm.warehouse.query.CampaignRoi;
import io.pulsecrm.warehouse.query.CampaignRoiQueries;
import io.pulsecrm.warehouse.query.ForecastAccuracy;
import io.pulsecrm.warehouse.query.ForecastFigures;
import io.pulsecrm.warehouse.query.ForecastQueries;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import io.pulsecrm.warehouse.query.sales.SalesFactQueries;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;

/**
 * The forecast, receivables, forecast-vs-actual and campaign ROI widgets from ClickHouse, through the warehouse helpers
 * and with the arguments their dashboards widget beans use ({@code sales} package: {@code ForecastPipelineWidget},
 * {@code ReceivablesWidget}, {@code ForecastAccuracyWidget}, {@code CampaignRoiWidget}; no department or employee
 * chosen, the ROI widget's default first-touch model). Lines as {@link PostgresAnalyticsFigures} writes them.
 */
final class ClickHouseAnalyticsFigures {

    static final int FORECAST_MONTHS = 6;

    private final SalesFactQueries facts;
    private final ForecastQueries forecast;
    private final CampaignRoiQueries roi;

    ClickHouseAnalyticsFigures(DataSource warehouse) {
        this.facts = new SalesFactQueries(warehouse);
        this.forecast = new ForecastQueries(warehouse);
        this.roi = new CampaignRoiQueries(warehouse);
    }

    void forecast(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        YearMonth first = period.forecastFirst();
        for (ForecastFigures f : QueryClock.time(() -> forecast.pipelineByMonthAndCategory(viewer.scope(), FactFilter.ANY,
                first, first.plusMonths(FORECAST_MONTHS - 1)))) {
            out.add(forecastLine(f.closeMonth(), f.category(), f.deals(), f.amount(), f.weightedAmount()));
        }
    }

    void receivables(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        for (AgeingBucket.Bucket bucket : AgeingBucket.Bucket.values()) {
            out.add(line("receivables " + bucket, QueryClock.time(() -> facts.totals(SalesFact.RECEIVABLES, viewer,
                    FactFilter.ANY, bucket.dueDates(period.asOf())))));
        }
    }

    /** The won side only is compared: PostgreSQL keeps no snapshots (the forecast side is read and timed here). */
    void accuracy(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        int year = period.range().to().getYear();
        for (ForecastAccuracy a : QueryClock.time(() -> forecast.forecastVsActualByMonth(viewer.scope(), FactFilter.ANY,
                YearMonth.of(year, 1), YearMonth.of(year, 12)))) {
            out.add(wonLine(a.closeMonth(), a.wonDeals(), a.wonAmount()));
        }
    }

    void roi(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        var filter = CampaignFilter.inScope(viewer.scope()).ownedBy(null, null)
                .running(period.range().from(), period.range().to());
        for (CampaignRoi c : QueryClock.time(() -> roi.roiByCampaign(AttributionModel.FIRST_TOUCH, filter))) {
            out.add(roiLine(c));
        }
    }

    static String forecastLine(int month, String category, long deals, java.math.BigDecimal amount,
            java.math.BigDecimal weighted) {
        return "forecast " + month + " " + category + ": " + deals + " / " + money(amount) + " / " + money(weighted);
    }

    static String wonLine(int month, long deals, java.math.BigDecimal amount) {
        return "won " + month + ": " + deals + " / " + money(amount);
    }

    static String roiLine(CampaignRoi c) {
        return "campaign " + c.campaignId() + " (owner " + c.ownerId() + ", " + c.startDate() + "–" + c.endDate() + "): cost "
                + money(c.cost()) + ", leads " + c.leads() + ", deals " + c.opportunities() + " / "
                + money(c.opportunityAmount()) + ", won " + c.won() + " / " + money(c.wonAmount()) + ", contracts "
                + c.contracts() + " / " + money(c.contractAmount()) + ", receipts " + c.receipts() + " / "
                + money(c.received()) + ", ROI " + c.roi();
    }
}
