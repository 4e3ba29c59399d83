package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.dashboards.filter.FilterRequest;
import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.CampaignCredit;
import io.pulsecrm.warehouse.query.CampaignRoi;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Campaign ROI ({@code campaign_roi}): the campaigns whose owner is in the viewer's scope (and, with a department or an
 * employee chosen, owned there) that run in the period — their start and end dates overlap it — each with its whole
 * return under the URL's attribution model ({@code roi=first|last}): cost, leads, opportunities, won, approved contracts,
 * cash received and ROI = (received − cost) / cost. Attribution is company-wide: the scope chooses campaigns, not the
 * deals credited to them. Each figure drills into the records credited to it.
 */
@Component
@Order(80)
class CampaignRoiWidget implements Widget<CampaignRoiWidget.Roi> {

    /** Series ids; a click on a bar drills into what the series counts (cost has no records to list). */
    static final String COST = "cost", RECEIVED = "received";

    /**
     * @param roi   4 places, half up; null when the campaign cost nothing
     * @param drill per figure ({@code leads}, {@code opportunities}, {@code won}, {@code contracts}, {@code received}),
     *              the records behind it
     */
    record Row(CampaignRoi campaign, BigDecimal roi, Map<String, FunnelRoiDrill> drill) {
    }

    /** @param model {@code first} or {@code last} */
    record Roi(String model, List<Row> campaigns) {
    }

    private static final Map<String, CampaignCredit> FIGURES = figures();

    private final FunnelRoiWarehouse warehouse;
    private final Charts charts;

    CampaignRoiWidget(FunnelRoiWarehouse warehouse, Charts charts) {
        this.warehouse = warehouse;
        this.charts = charts;
    }

    @Override
    public String id() {
        return "roi";
    }

    @Override
    public List<String> sourceTables() {
        return List.of("campaign_roi", "campaign");
    }

    /** Campaigns are visible by their owner only: no record teams. */
    @Override
    public List<String> visibilityTables() {
        return List.of();
    }

    @Override
    public Roi read(WidgetQuery query) {
        AttributionModel model = query.filters().roi();
        List<Row> rows = warehouse.roiByCampaign(model, FunnelRoiFact.campaigns(query.scope(), query.filters())).stream()
                .map(c -> new Row(c, c.roi(), drills(c.campaignId(), model))).toList();
        return new Roi(FilterRequest.roiParameter(model), rows);
    }

    private static Map<String, FunnelRoiDrill> drills(long campaignId, AttributionModel model) {
        Map<String, FunnelRoiDrill> drills = new LinkedHashMap<>();
        FIGURES.forEach((figure, credit) -> drills.put(figure, FunnelRoiDrill.credited(credit, campaignId, model)));
        return drills;
    }

    /** Cost against cash received per campaign; the model is in the title. */
    @Override
    public String optionJson(Roi roi, Locale locale) {
        String[] names = roi.campaigns().stream().map(r -> r.campaign().name()).toArray(String[]::new);
        return charts.render(charts.text("chart.roi.title", locale, charts.text("roi.model." + roi.model(), locale)),
                names, false,
                Charts.bar(COST, charts.text("chart.roi.cost", locale), amounts(roi, CampaignRoi::cost)),
                Charts.bar(RECEIVED, charts.text("chart.roi.received", locale), amounts(roi, CampaignRoi::received)));
    }

    private static Number[] amounts(Roi roi, Function<CampaignRoi, BigDecimal> amount) {
        return roi.campaigns().stream().map(r -> amount.apply(r.campaign())).toArray(Number[]::new);
    }

    private static Map<String, CampaignCredit> figures() {
        Map<String, CampaignCredit> figures = new LinkedHashMap<>();
        Arrays.asList(CampaignCredit.values()).forEach(c -> figures.put(
                c == CampaignCredit.RECEIPTS ? RECEIVED : c.name().toLowerCase(Locale.ROOT), c));
        return Collections.unmodifiableMap(figures);
    }
}
