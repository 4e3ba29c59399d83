package io.pulsecrm.oltp.stage.web;

import java.math.BigDecimal;

import io.pulsecrm.oltp.stage.ForecastCategory;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the stage endpoints. Limits mirror the aggregate's and the table's. */
final class StageRequests {

    private StageRequests() {
    }

    @Schema(name = "NewStage")
    record NewStage(
            @NotBlank(message = "must be 1 to 64 characters") @Size(min = 1, max = 64, message = "must be 1 to 64 characters")
            String name,
            @Schema(description = "order in the pipeline; omitted: after the last stage")
            @PositiveOrZero(message = "must be between 0 and 100000") @Max(value = 100_000, message = "must be between 0 and 100000")
            Integer position,
            @Schema(description = "percent, 0 to 100 with at most 2 decimals", example = "30.00")
            @NotNull(message = "is required")
            @DecimalMin(value = "0", message = "must be between 0 and 100") @DecimalMax(value = "100", message = "must be between 0 and 100")
            @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimal places")
            BigDecimal winRate,
            @Schema(description = "where the stage's open deals count in the forecast: PIPELINE, BEST_CASE or COMMIT; "
                    + "omitted: from the win rate (70 and more COMMIT, 40 and more BEST_CASE, else PIPELINE)")
            ForecastCategory forecastCategory) {
    }

    @Schema(name = "StageUpdate")
    record StageUpdate(
            @NotBlank(message = "must be 1 to 64 characters") @Size(min = 1, max = 64, message = "must be 1 to 64 characters")
            String name,
            @NotNull(message = "is required")
            @PositiveOrZero(message = "must be between 0 and 100000") @Max(value = 100_000, message = "must be between 0 and 100000")
            Integer position,
            @NotNull(message = "is required")
            @DecimalMin(value = "0", message = "must be between 0 and 100") @DecimalMax(value = "100", message = "must be between 0 and 100")
            @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimal places")
            BigDecimal winRate,
            @Schema(description = "where the stage's open deals count in the forecast: PIPELINE, BEST_CASE or COMMIT; "
                    + "omitted: unchanged")
            ForecastCategory forecastCategory,
            @Schema(description = "the version the client read; a stale one is refused with 409")
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
            Integer version) {
    }
}
