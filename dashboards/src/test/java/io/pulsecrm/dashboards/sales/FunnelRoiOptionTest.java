package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.support.AppMessages;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.warehouse.query.CampaignRoi;
import io.pulsecrm.warehouse.query.FunnelQueries.BackwardMoves;
import io.pulsecrm.warehouse.query.FunnelStep;
import io.pulsecrm.warehouse.query.sales.DayRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The funnel's and the campaign ROI's ECharts options as echarts-java builds them, texts translated on the server. */
class FunnelRoiOptionTest {

    private static final DayRange NOVEMBER = new DayRange(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));

    private final Charts charts = new Charts(AppMessages.bundle());
    private final FunnelWidget funnel = new FunnelWidget(new FakeFunnelRoiWarehouse(), charts);
    private final CampaignRoiWidget roi = new CampaignRoiWidget(new FakeFunnelRoiWarehouse(), charts);
    private final JsonMapper json = JsonMapper.builder().build();

    private final FunnelWidget.Funnel figures = new FunnelWidget.Funnel(List.of(
            step(FunnelStep.of("LEAD"), null, 4, 2L, false),
            step(FunnelStep.stage(701), "方案报价", 3, 1L, false),
            step(FunnelStep.of("WON"), null, 1, null, false),
            step(FunnelStep.of("LOST"), null, 1, null, true)), List.of(new BackwardMoves(702, 701, 1)));

    @Test
    void funnelBarsAreTheEntriesTopToBottomInFunnelOrder() {
        JsonNode option = option(funnel.optionJson(figures, Locale.SIMPLIFIED_CHINESE));

        JsonNode series = option.get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("bar");
        assertThat(series.get("id").asString()).isEqualTo("entries");
        assertThat(values(series.get("data"))).containsExactly("4", "3", "1", "1");
        assertThat(option.get("yAxis").get("inverse").asBoolean()).as("the first step on top").isTrue();
    }

    @Test
    void eachStepIsNamedWithItsConversionIntoTheNextAndLostIsMarkedAsideInBothLanguages() {
        assertThat(values(option(funnel.optionJson(figures, Locale.SIMPLIFIED_CHINESE)).get("yAxis").get("data")))
                .containsExactly("线索 → 50.0%", "方案报价 → 33.3%", "赢单", "输单（另计）");
        JsonNode english = option(funnel.optionJson(figures, Locale.ENGLISH));
        assertThat(values(english.get("yAxis").get("data"))).containsExactly("Leads → 50.0%", "方案报价 → 33.3%", "Won",
                "Lost (aside)");
        assertThat(english.get("title").get("text").asString()).isEqualTo("Entries per step");
    }

    @Test
    void roiComparesCostWithCashReceivedPerCampaignUnderTheModelNamedInTheTitle() {
        var campaign = new CampaignRoi(601, "华东展会", "EVENT", "ACTIVE", 11, 3, LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 12, 1), new BigDecimal("1000.00"), 4, 2, new BigDecimal("3000.00"), 1,
                new BigDecimal("2000.00"), 1, new BigDecimal("1800.00"), 2, new BigDecimal("1250.00"));
        var figures = new CampaignRoiWidget.Roi("last", List.of(new CampaignRoiWidget.Row(campaign, campaign.roi(), Map.of())));

        JsonNode option = option(roi.optionJson(figures, Locale.SIMPLIFIED_CHINESE));

        assertThat(option.get("title").get("text").asString()).isEqualTo("成本与回款（末次触达）");
        assertThat(values(option.get("xAxis").get("data"))).containsExactly("华东展会");
        assertThat(option.get("series").get(0).get("id").asString()).isEqualTo("cost");
        assertThat(option.get("series").get(1).get("id").asString()).isEqualTo("received");
        assertThat(option.get("series").get(1).get("data").get(0).decimalValue()).isEqualByComparingTo("1250.00");
        assertThat(option(roi.optionJson(figures, Locale.ENGLISH)).get("title").get("text").asString())
                .isEqualTo("Cost and cash received (Last touch)");
    }

    @Test
    void conversionIsOneDecimalHalfUpAndNoneOfNothing() {
        assertThat(FunnelWidget.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(FunnelWidget.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(FunnelWidget.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(FunnelWidget.percent(0, 0)).isNull();
    }

    private static FunnelWidget.Step step(FunnelStep step, String stageName, long entries, Long reached, boolean aside) {
        return new FunnelWidget.Step(step.step(), step.stageId() == 0 ? null : step.stageId(), stageName, entries, reached,
                reached == null ? null : FunnelWidget.percent(reached, entries), null, null, null, 0, aside,
                FunnelRoiDrill.entries(step, NOVEMBER));
    }

    private JsonNode option(String text) {
        return json.readTree(text);
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
