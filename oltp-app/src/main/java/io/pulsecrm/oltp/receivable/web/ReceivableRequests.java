package io.pulsecrm.oltp.receivable.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.pulsecrm.oltp.receivable.PaymentMethod;
import io.pulsecrm.oltp.receivable.PlanTerms;
import io.pulsecrm.oltp.receivable.ReceiptTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the payment plan and receipt endpoints. Limits mirror the aggregates' and the tables'. */
final class ReceivableRequests {

    private ReceivableRequests() {
    }

    @Schema(name = "NewPaymentPlan", description = "The plans of a contract may not add up to more than its total")
    record NewPlan(
            @Schema(example = "50000.00")
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal amount,
            @Schema(description = "not before the contract's signedOn") @NotNull(message = "is required")
            LocalDate dueDate,
            @NotNull(message = "is required") PaymentMethod method,
            @Schema(description = "remind this many days before the due date, 0 to 365, default 3")
            @PositiveOrZero(message = "must be between 0 and 365") @Max(value = 365, message = "must be between 0 and 365")
            Integer reminderDays,
            @Size(max = 1000, message = "must be at most 1000 characters") String remark) {

        PlanTerms terms() {
            return new PlanTerms(amount, dueDate, method, reminderDays, remark);
        }
    }

    @Schema(name = "PaymentPlanUpdate", description = "amount may not drop below what was received against it")
    record PlanUpdate(
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal amount,
            @NotNull(message = "is required") LocalDate dueDate,
            @NotNull(message = "is required") PaymentMethod method,
            @NotNull(message = "is required")
            @PositiveOrZero(message = "must be between 0 and 365") @Max(value = 365, message = "must be between 0 and 365")
            Integer reminderDays,
            @Size(max = 1000, message = "must be at most 1000 characters") String remark,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {

        PlanTerms terms() {
            return new PlanTerms(amount, dueDate, method, reminderDays, remark);
        }
    }

    @Schema(name = "NewReceipt", description = "On an approved contract only; never beyond what the plan or the "
            + "contract still expects")
    record NewReceipt(
            @NotNull(message = "is required") @Positive(message = "must be a contract id") Long contractId,
            @Schema(description = "optional: the contract's plan this pays") @Positive(message = "must be a payment plan id")
            Long planId,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal amount,
            @NotNull(message = "is required") LocalDate receivedOn,
            @NotNull(message = "is required") PaymentMethod method,
            @Size(max = 1000, message = "must be at most 1000 characters") String remark) {

        ReceiptTerms terms() {
            return new ReceiptTerms(contractId, planId, amount, receivedOn, method, remark);
        }
    }
}
