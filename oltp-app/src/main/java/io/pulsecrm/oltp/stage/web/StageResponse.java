package io.pulsecrm.oltp.stage.web;

import java.math.BigDecimal;
import java.time.Instant;

import io.pulsecrm.oltp.stage.ForecastCategory;
import io.pulsecrm.oltp.stage.OpportunityStage;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Stage")
record StageResponse(long id, String name, int position,
        @Schema(description = "percent", example = "30.00") BigDecimal winRate,
        @Schema(description = "where the stage's open deals count in the forecast") ForecastCategory forecastCategory,
        Instant createdAt, Instant updatedAt, int version) {

    static StageResponse of(OpportunityStage stage) {
        return new StageResponse(stage.getId(), stage.getName(), stage.getPosition(), stage.getWinRate(),
                stage.getForecastCategory(), stage.getCreatedAt(), stage.getUpdatedAt(), stage.getVersion());
    }
}
