package io.pulsecrm.oltp.pool.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

final class PoolRequests {

    private PoolRequests() {
    }

    @Schema(name = "PoolClaim")
    record Claim(
            @NotEmpty(message = "must list 1 to 500 customer ids") @Size(max = 500, message = "must list 1 to 500 customer ids")
            List<@NotNull(message = "must be a customer id") @Positive(message = "must be a customer id") Long> ids) {
    }

    @Schema(name = "PoolAssignment")
    record Assignment(
            @NotEmpty(message = "must list 1 to 500 customer ids") @Size(max = 500, message = "must list 1 to 500 customer ids")
            List<@NotNull(message = "must be a customer id") @Positive(message = "must be a customer id") Long> ids,
            @NotNull(message = "is required") @Positive(message = "must be a user id") Long ownerId) {
    }

    @Schema(name = "PoolRelease")
    record Release(
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version,
            @Size(max = 500, message = "must be at most 500 characters") String reason) {
    }

    @Schema(name = "PoolRuleUpdate", description = "days 1–3650 or null (rule off); warnDaysBefore 0–365; "
            + "claimLimit ≥ 0 or null (no limit)")
    record RuleUpdate(
            @NotNull(message = "is required") Boolean enabled,
            Integer daysWithoutFollowUp,
            Integer daysWithoutDeal,
            @NotNull(message = "is required") Integer warnDaysBefore,
            Integer claimLimit,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {
    }
}
