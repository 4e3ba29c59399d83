package io.pulsecrm.oltp.opportunity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.product.LineInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
            @Schema(description = "0 or more, at most 2 decimals; replaced by the sum of the product lines once "
                    + "there are any", example = "128000.00")
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal amount,
            @NotNull(message = "is required") @Positive(message = "must be a stage id")
            Long stageId,
            @Schema(description = "optional, yyyy-MM-dd")
            LocalDate expectedCloseDate,
            @Schema(description = "the customer the deal is with; must exist and be readable by the caller")
            @NotNull(message = "is required") @Positive(message = "must be a customer id")
            Long customerId,
            @Schema(description = "optional; default: the customer's campaign")
            @Positive(message = "must be a campaign id")
            Long campaignId) {
    }

    @Schema(name = "OpportunityUpdate", description = "Replaces the editable fields; expectedCloseDate null clears it")
    record OpportunityUpdate(
            @NotBlank(message = "must be 1 to 200 characters") @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
            String name,
            @Schema(description = "while the deal has product lines: must equal their sum (409 otherwise)")
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal amount,
            LocalDate expectedCloseDate,
            @Schema(description = "the version the client read; a stale one is refused with 409")
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
            Integer version) {
    }

    @Schema(name = "StageChange")
    record StageChange(@NotNull(message = "is required") @Positive(message = "must be a stage id") Long stageId,
            @Schema(description = "optional: checked when given") @PositiveOrZero(message = "must not be negative")
            Integer version) {
    }

    @Schema(name = "WinReport", description = "Optional body: why the deal was won, and the version read")
    record WinReport(@Size(max = 500, message = "must be at most 500 characters") String reason,
            @PositiveOrZero(message = "must not be negative") Integer version) {
    }

    @Schema(name = "LossReport")
    record LossReport(
            @NotBlank(message = "must be 1 to 500 characters") @Size(min = 1, max = 500, message = "must be 1 to 500 characters")
            String reason,
            @Schema(description = "optional: checked when given") @PositiveOrZero(message = "must not be negative")
            Integer version) {
    }

    @Schema(name = "Reopening", description = "Optional body")
    record Reopening(@PositiveOrZero(message = "must not be negative") Integer version) {
    }

    @Schema(name = "ProductLines", description = "Replaces every product line of the deal; [] removes them")
    record ProductLines(
            @NotNull(message = "is required") @Size(max = 200, message = "must have at most 200 lines")
            List<@NotNull(message = "is required") @Valid Line> lines,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
            Integer version) {
    }

    @Schema(name = "ProductLine")
    record Line(
            @NotNull(message = "is required") @Positive(message = "must be a product id") Long productId,
            @Schema(description = "more than 0, at most 2 decimals", example = "10")
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal quantity,
            @Schema(description = "default: the catalogue price")
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal unitPrice,
            @Schema(description = "percent off the unit price, 0 to 100, default 0", example = "5")
            @DecimalMin(value = "0", message = "must be between 0 and 100")
            @DecimalMax(value = "100", message = "must be between 0 and 100")
            @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimal places")
            BigDecimal discount) {

        LineInput input() {
            return new LineInput(productId, quantity, unitPrice, discount);
        }
    }

    @Schema(name = "OpportunityTransfer", description = "All or nothing")
    record Transfer(
            @NotEmpty(message = "must list 1 to 100 ids") @Size(max = 100, message = "must list 1 to 100 ids")
            List<@NotNull(message = "is required") @Positive(message = "must be an opportunity id") Long> ids,
            @NotNull(message = "is required") @Positive(message = "must be a user id") Long ownerId) {
    }
}
