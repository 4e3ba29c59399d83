package io.pulsecrm.oltp.campaign.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.pulsecrm.oltp.campaign.CampaignChannel;
import io.pulsecrm.oltp.campaign.CampaignCost;
import io.pulsecrm.oltp.campaign.CampaignPlan;
import io.pulsecrm.oltp.campaign.CampaignStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the campaign endpoints. Limits mirror {@link CampaignPlan}, {@link CampaignCost} and the tables. */
final class CampaignRequests {

    private static final String NAME = "must be 1 to 200 characters";
    private static final String DESCRIPTION = "must be at most 2000 characters";
    private static final String MONEY = "must have at most 16 digits before and 2 after the point";

    private CampaignRequests() {
    }

    @Schema(name = "CampaignPlan")
    record PlanBody(
            @NotBlank(message = NAME) @Size(max = CampaignPlan.NAME_MAX, message = NAME) String name,
            @NotNull(message = "is required") CampaignChannel channel,
            @Schema(description = "0 or more, at most 2 decimals", example = "50000.00")
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = MONEY) BigDecimal budget,
            @NotNull(message = "is required") LocalDate startDate,
            @Schema(description = "not before startDate") @NotNull(message = "is required") LocalDate endDate,
            @Size(max = CampaignPlan.DESCRIPTION_MAX, message = DESCRIPTION) String description) {

        CampaignPlan plan() {
            return new CampaignPlan(name, channel, budget, startDate, endDate, description);
        }
    }

    @Schema(name = "CampaignUpdate", description = "Replaces the plan of a PLANNED or ACTIVE campaign")
    record UpdateBody(
            @NotBlank(message = NAME) @Size(max = CampaignPlan.NAME_MAX, message = NAME) String name,
            @NotNull(message = "is required") CampaignChannel channel,
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = MONEY) BigDecimal budget,
            @NotNull(message = "is required") LocalDate startDate,
            @NotNull(message = "is required") LocalDate endDate,
            @Size(max = CampaignPlan.DESCRIPTION_MAX, message = DESCRIPTION) String description,
            @Schema(description = "the version the client read; a stale one is refused with 409")
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {

        CampaignPlan plan() {
            return new CampaignPlan(name, channel, budget, startDate, endDate, description);
        }
    }

    @Schema(name = "CampaignStatusChange", description = "PLANNED → ACTIVE | CANCELLED; ACTIVE → ENDED | CANCELLED")
    record StatusBody(
            @NotNull(message = "is required") CampaignStatus status,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {
    }

    @Schema(name = "NewCampaignCost")
    record CostBody(
            @Schema(description = "0 or more, at most 2 decimals", example = "1200.00")
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = MONEY) BigDecimal amount,
            @Schema(description = "on or after the campaign's start date")
            @NotNull(message = "is required") LocalDate incurredOn,
            @Size(max = CampaignCost.NOTE_MAX, message = "must be at most 500 characters") String note) {
    }
}
