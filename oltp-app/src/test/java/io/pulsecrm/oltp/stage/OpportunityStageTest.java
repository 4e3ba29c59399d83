package io.pulsecrm.oltp.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class OpportunityStageTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void winRateIsAPercentWithTwoDecimals() {
        OpportunityStage stage = OpportunityStage.define(" 需求确认 ", 1, new BigDecimal("33.3"), null, NOW);

        assertThat(stage.getName()).isEqualTo("需求确认");
        assertThat(stage.getWinRate()).hasToString("33.30");
    }

    @Test
    void winRateBoundsAreInclusive() {
        assertThat(OpportunityStage.define("lost cause", 0, BigDecimal.ZERO, null, NOW).getWinRate()).hasToString("0.00");
        assertThat(OpportunityStage.define("signed", 9, new BigDecimal("100"), null, NOW).getWinRate()).hasToString("100.00");
    }

    @Test
    void winRateOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> OpportunityStage.define("s", 0, new BigDecimal("100.01"), null, NOW))
                .isInstanceOf(InvalidStage.class);
        assertThatThrownBy(() -> OpportunityStage.define("s", 0, new BigDecimal("-1"), null, NOW))
                .isInstanceOf(InvalidStage.class);
    }

    @Test
    void winRateWithThreeDecimalsIsRefused() {
        assertThatThrownBy(() -> OpportunityStage.define("s", 0, new BigDecimal("12.345"), null, NOW))
                .isInstanceOfSatisfying(InvalidStage.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("winRate", "must have at most 2 decimal places")));
    }

    @Test
    void revisionBreakingARuleLeavesTheStageUnchanged() {
        OpportunityStage stage = OpportunityStage.define("方案报价", 2, new BigDecimal("50"), null, NOW);

        assertThatThrownBy(() -> stage.revise("x".repeat(65), -1, null, null, NOW.plusSeconds(1)))
                .isInstanceOfSatisfying(InvalidStage.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("name", "position", "winRate"));
        assertThat(stage.getName()).isEqualTo("方案报价");
        assertThat(stage.getPosition()).isEqualTo(2);
        assertThat(stage.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void stageWithoutForecastCategoryGetsTheOneItsWinRateImplies() {
        assertThat(OpportunityStage.define("a", 1, new BigDecimal("39.99"), null, NOW).getForecastCategory())
                .isEqualTo(ForecastCategory.PIPELINE);
        assertThat(OpportunityStage.define("b", 2, new BigDecimal("40"), null, NOW).getForecastCategory())
                .isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(OpportunityStage.define("c", 3, new BigDecimal("70"), null, NOW).getForecastCategory())
                .isEqualTo(ForecastCategory.COMMIT);
    }

    @Test
    void chosenForecastCategoryStaysWhenARevisionNamesNone() {
        OpportunityStage stage = OpportunityStage.define("谈判审核", 4, new BigDecimal("80"), ForecastCategory.BEST_CASE, NOW);

        stage.revise("谈判审核", 4, new BigDecimal("90"), null, NOW.plusSeconds(1));
        assertThat(stage.getForecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);

        stage.revise("谈判审核", 4, new BigDecimal("90"), ForecastCategory.COMMIT, NOW.plusSeconds(2));
        assertThat(stage.getForecastCategory()).isEqualTo(ForecastCategory.COMMIT);
    }
}
