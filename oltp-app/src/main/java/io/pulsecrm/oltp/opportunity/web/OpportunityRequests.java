package io.pulsecrm.oltp.opportunity.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the opportunity endpoints. Limits mirror the aggregate's and the table's. */
final class OpportunityRequests {

    private OpportunityRequests() {
    }

    @Schema(name = "NewOpportunity")
    record NewOpportunity(
            @NotBlank(message = "must be 1 to 200 characters") @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
            String name,
            @Schema(description = "0 or more, at most 2 decimals", example = "128000.00")
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal amount,
            @NotNull(message = "is required") @Positive(message = "must be a stage id")
            Long stageId,
            @Schema(description = "optional, yyyy-MM-dd")
            LocalDate expectedCloseDate) {
    }

    @Schema(name = "OpportunityUpdate", description = "Replaces the editable fields; expectedCloseDate null clears it")
    record OpportunityUpdate(
            @NotBlank(message = "must be 1 to 200 characters") @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
            String name,
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal amount,
            LocalDate expectedCloseDate,
            @Schema(description = "the version the client read; a stale one is refused with 409")
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
            Integer version) {
    }

    @Schema(name = "StageChange")
    record StageChange(@NotNull(message = "is required") @Positive(message = "must be a stage id") Long stageId) {
    }

    @Schema(name = "LossReport")
    record LossReport(
            @NotBlank(message = "must be 1 to 500 characters") @Size(min = 1, max = 500, message = "must be 1 to 500 characters")
            String reason) {
    }
}
