package io.pulsecrm.oltp.target.web;

import java.math.BigDecimal;
import java.util.List;

import io.pulsecrm.oltp.target.MonthTarget;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

final class TargetRequests {

    private static final String MONEY = "must have at most 16 digits before and 2 after the point";

    private TargetRequests() {
    }

    @Schema(name = "TargetYear", description = "The 12 months of a year, each once")
    record YearBody(
            @NotNull(message = "must list the 12 months, each once")
            @Size(min = 12, max = 12, message = "must list the 12 months, each once")
            List<@NotNull(message = "is required") @Valid MonthBody> months) {

        List<MonthTarget> targets() {
            return months.stream().map(m -> new MonthTarget(m.month(), m.contractAmount(), m.receiptAmount(), m.version()))
                    .toList();
        }
    }

    @Schema(name = "TargetMonth")
    record MonthBody(
            @NotNull(message = "is required") @Min(value = 1, message = "must be between 1 and 12")
            @Max(value = 12, message = "must be between 1 and 12") Integer month,
            @Schema(description = "contract (签约) target, 0 or more, at most 2 decimals", example = "300000.00")
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = MONEY) BigDecimal contractAmount,
            @Schema(description = "receipt (回款) target, 0 or more, at most 2 decimals", example = "250000.00")
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = MONEY) BigDecimal receiptAmount,
            @Schema(description = "the version of this month the client read; omitted for a month never set. "
                    + "A stale one is refused with 409")
            @PositiveOrZero(message = "must not be negative") Integer version) {
    }
}
