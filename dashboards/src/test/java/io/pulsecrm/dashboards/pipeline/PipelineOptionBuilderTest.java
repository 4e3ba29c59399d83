package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.dashboards.support.AppMessages;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PipelineOptionBuilderTest {

    private static final StageFigures QUALIFY = stage(1, "资格审查", 1, "10", 40, "800000.00", "80000.00");
    private static final StageFigures PROPOSAL = stage(2, "方案报价", 2, "30", 12, "125000.00", "37500.00");
    private static final StageFigures NEGOTIATE = stage(3, "商务谈判", 3, "60", 5, "90000.00", "54000.00");

    private final PipelineOptionBuilder builder = new PipelineOptionBuilder(AppMessages.bundle());
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void stagesAppearTopToBottomInPositionOrderWhateverOrderTheyArriveIn() {
        JsonNode option = option(List.of(NEGOTIATE, QUALIFY, PROPOSAL), Locale.SIMPLIFIED_CHINESE);

        JsonNode series = option.get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("funnel");
        assertThat(series.get("sort").asString()).isEqualTo("none");
        assertThat(names(series)).containsExactly("资格审查", "方案报价", "商务谈判");
        assertThat(series.get("data").get(0).get("id").asString()).isEqualTo("1");
    }

    @Test
    void funnelWidthIsTheOpenCountScaledToTheBusiestStage() {
        JsonNode series = option(List.of(QUALIFY, PROPOSAL, NEGOTIATE), Locale.SIMPLIFIED_CHINESE).get("series").get(0);

        assertThat(values(series)).containsExactly(40L, 12L, 5L);
        assertThat(series.get("min").asLong()).isZero();
        assertThat(series.get("max").asLong()).isEqualTo(40);
    }

    @Test
    void busiestStageAboveAHundredIsNotClippedByEChartsDefaultMaximum() {
        JsonNode series = option(List.of(stage(9, "Lead", 1, "5", 250, "1.00", "0.05")), Locale.ENGLISH)
                .get("series").get(0);

        assertThat(series.get("max").asLong()).isEqualTo(250);
    }

    @Test
    void chineseLabelShowsStageCountAmountAndWeightedAmount() {
        JsonNode item = option(List.of(PROPOSAL), Locale.SIMPLIFIED_CHINESE).get("series").get(0).get("data").get(0);

        assertThat(item.get("label").get("formatter").asString()).isEqualTo("{b}\n12 个 · 12.5万\n加权 3.8万");
        assertThat(item.get("tooltip").get("formatter").asString())
                .isEqualTo("{b}<br/>商机数：12<br/>金额：125,000.00<br/>加权金额：37,500.00<br/>赢率：30%");
    }

    @Test
    void englishLabelShowsStageCountAmountAndWeightedAmount() {
        JsonNode item = option(List.of(PROPOSAL), Locale.ENGLISH).get("series").get(0).get("data").get(0);

        assertThat(item.get("label").get("formatter").asString()).isEqualTo("{b}\n12 open · 125K\nweighted 37.5K");
        assertThat(item.get("tooltip").get("formatter").asString())
                .isEqualTo("{b}<br/>Open: 12<br/>Amount: 125,000.00<br/>Weighted: 37,500.00<br/>Win rate: 30%");
    }

    @Test
    void titleIsTranslatedAndSumsCountAmountAndWeightedAmount() {
        List<StageFigures> stages = List.of(QUALIFY, PROPOSAL, NEGOTIATE);

        JsonNode zh = option(stages, Locale.SIMPLIFIED_CHINESE).get("title");
        JsonNode en = option(stages, Locale.ENGLISH).get("title");

        assertThat(zh.get("text").asString()).isEqualTo("进行中商机漏斗");
        assertThat(zh.get("subtext").asString()).isEqualTo("共 57 个商机 · 金额 101.5万 · 加权 17.2万");
        assertThat(en.get("text").asString()).isEqualTo("Open pipeline by stage");
        assertThat(en.get("subtext").asString()).isEqualTo("57 open · amount 1M · weighted 171.5K");
    }

    @Test
    void stageNameReachesTheChartOnlyAsDataNeverAsLabelTemplate() {
        JsonNode item = option(List.of(stage(4, "{a|x} <b>", 1, "50", 1, "10.00", "5.00")), Locale.ENGLISH)
                .get("series").get(0).get("data").get(0);

        assertThat(item.get("name").asString()).isEqualTo("{a|x} <b>");
        assertThat(item.get("label").get("formatter").asString()).doesNotContain("{a|x}", "<b>");
    }

    @Test
    void emptyPipelineGivesAnEmptyFunnelWithZeroTotals() {
        JsonNode option = option(List.of(), Locale.SIMPLIFIED_CHINESE);

        assertThat(option.get("series").get(0).get("data")).isEmpty();
        assertThat(option.get("title").get("subtext").asString()).isEqualTo("共 0 个商机 · 金额 0 · 加权 0");
    }

    @Test
    void seriesHasAStableIdSoPushedUpdatesMergeIntoTheChartOnScreen() {
        JsonNode series = option(List.of(PROPOSAL), Locale.ENGLISH).get("series").get(0);

        assertThat(series.get("id").asString()).isEqualTo(PipelineOptionBuilder.SERIES_ID);
    }

    private JsonNode option(List<StageFigures> stages, Locale locale) {
        return json.readTree(builder.optionJson(stages, locale));
    }

    private static List<String> names(JsonNode series) {
        List<String> names = new ArrayList<>();
        series.get("data").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private static List<Long> values(JsonNode series) {
        List<Long> values = new ArrayList<>();
        series.get("data").forEach(item -> values.add(item.get("value").asLong()));
        return values;
    }


    static StageFigures stage(long id, String name, int position, String winRate, long count, String amount, String weighted) {
        return new StageFigures(id, name, position, new BigDecimal(winRate), count, new BigDecimal(amount), new BigDecimal(weighted));
    }
}
