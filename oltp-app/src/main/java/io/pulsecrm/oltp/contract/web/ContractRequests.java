package io.pulsecrm.oltp.contract.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.contract.ContractTerms;
import io.pulsecrm.oltp.product.LineInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the contract endpoints. Limits mirror the aggregate's and the table's. */
final class ContractRequests {

    private ContractRequests() {
    }

    @Schema(name = "NewContract", description = "From a customer, or from an opportunity (customerId then defaults "
            + "to the deal's and must match it if given; lines default to the deal's)")
    record NewContract(
            @Schema(description = "optional: generated as HT-yyyyMMdd-NNNN; unique whatever the case")
            @Pattern(regexp = "[A-Za-z0-9._/-]{1,40}", message = "must be 1 to 40 letters, digits or . _ / -")
            String number,
            @NotBlank(message = "must be 1 to 200 characters") @Size(max = 200, message = "must be 1 to 200 characters")
            String name,
            @Positive(message = "must be a customer id") Long customerId,
            @Positive(message = "must be an opportunity id") Long opportunityId,
            @NotNull(message = "is required") LocalDate signedOn,
            LocalDate startDate,
            @Schema(description = "not before startDate") LocalDate endDate,
            @Size(max = 2000, message = "must be at most 2000 characters") String remark,
            @Schema(description = "1 to 200 lines; optional when made from an opportunity")
            @Size(min = 1, max = 200, message = "must have 1 to 200 lines")
            List<@NotNull(message = "is required") @Valid Line> lines) {

        ContractTerms terms() {
            return new ContractTerms(name, signedOn, startDate, endDate, remark);
        }

        List<LineInput> lineInputs() {
            return lines == null ? null : lines.stream().map(Line::input).toList();
        }
    }

    @Schema(name = "ContractUpdate", description = "Replaces terms and lines of a draft or rejected contract")
    record ContractUpdate(
            @NotBlank(message = "must be 1 to 200 characters") @Size(max = 200, message = "must be 1 to 200 characters")
            String name,
            @NotNull(message = "is required") LocalDate signedOn,
            LocalDate startDate,
            LocalDate endDate,
            @Size(max = 2000, message = "must be at most 2000 characters") String remark,
            @NotNull(message = "is required") @Size(min = 1, max = 200, message = "must have 1 to 200 lines")
            List<@NotNull(message = "is required") @Valid Line> lines,
            @Schema(description = "the version the client read; a stale one is refused with 409")
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
            Integer version) {

        ContractTerms terms() {
            return new ContractTerms(name, signedOn, startDate, endDate, remark);
        }
    }

    @Schema(name = "ContractLineInput")
    record Line(
            @NotNull(message = "is required") @Positive(message = "must be a product id") Long productId,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal quantity,
            @Schema(description = "default: the catalogue price")
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal unitPrice,
            @Schema(description = "percent off, 0 to 100, default 0")
            @DecimalMin(value = "0", message = "must be between 0 and 100")
            @DecimalMax(value = "100", message = "must be between 0 and 100")
            @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimal places")
            BigDecimal discount) {

        LineInput input() {
            return new LineInput(productId, quantity, unitPrice, discount);
        }
    }

    @Schema(name = "VersionedAction", description = "submit, cancel: the version the client read")
    record VersionedAction(@NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
            Integer version) {
    }

    @Schema(name = "Approval")
    record Approval(@Size(max = 1000, message = "must be at most 1000 characters") String comment,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {
    }

    @Schema(name = "Rejection")
    record Rejection(
            @NotBlank(message = "must be 1 to 1000 characters") @Size(max = 1000, message = "must be 1 to 1000 characters")
            String comment,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {
    }

    @Schema(name = "ContractTransfer", description = "All or nothing")
    record Transfer(
            @NotEmpty(message = "must list 1 to 100 ids") @Size(max = 100, message = "must list 1 to 100 ids")
            List<@NotNull(message = "is required") @Positive(message = "must be a contract id") Long> ids,
            @NotNull(message = "is required") @Positive(message = "must be a user id") Long ownerId) {
    }
}
