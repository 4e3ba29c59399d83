package io.pulsecrm.oltp.lead.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.customer.ContactDraft;
import io.pulsecrm.oltp.customer.CustomerLevel;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.lead.LeadDraft;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the lead endpoints. Field rules (lengths, formats, required source) live in
 * {@link LeadDraft}, shared with imports, and name every bad field at once.
 */
final class LeadRequests {

    private LeadRequests() {
    }

    @Schema(name = "NewLead", description = "name 1–100 and source are required; campaignId must exist")
    record NewLead(String name, String company, String title, String phone, String email, String industry,
                   String region, String address, SourceChannel source, Long campaignId, String remark) {

        LeadDraft draft() {
            return new LeadDraft(name, company, title, phone, email, industry, region, address, source, campaignId, remark);
        }
    }

    @Schema(name = "LeadUpdate", description = "Replaces the editable fields; a converted lead cannot be edited (409)")
    record LeadUpdate(String name, String company, String title, String phone, String email, String industry,
                      String region, String address, SourceChannel source, Long campaignId, String remark,
                      @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {

        LeadDraft draft() {
            return new LeadDraft(name, company, title, phone, email, industry, region, address, source, campaignId, remark);
        }
    }

    @Schema(name = "LeadStatusChange")
    record StatusChange(@NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version,
                        @Size(max = 400, message = "must be at most 400 characters") String reason) {
    }

    @Schema(name = "LeadTransferRequest")
    record Transfer(
            @NotEmpty(message = "must list 1 to 500 lead ids") @Size(max = 500, message = "must list 1 to 500 lead ids")
            List<@NotNull(message = "must be a lead id") @Positive(message = "must be a lead id") Long> ids,
            @NotNull(message = "is required") @Positive(message = "must be a user id") Long ownerId) {
    }

    @Schema(name = "LeadConversion", description = "contact defaults to the lead's person; opportunity is optional")
    record Convert(@NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version,
                   @Schema(description = "level of the new customer, NORMAL if omitted") CustomerLevel level,
                   @Valid ContactBody contact,
                   @Valid DealBody opportunity) {
    }

    @Schema(name = "ConversionContact")
    record ContactBody(String name, String title, String phone, String mobile, String email, String remark) {

        ContactDraft draft() {
            return new ContactDraft(name, title, phone, mobile, email, remark);
        }
    }

    @Schema(name = "ConversionOpportunity")
    record DealBody(String name, BigDecimal amount, Long stageId, LocalDate expectedCloseDate) {
    }
}
