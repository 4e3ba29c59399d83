package io.pulsecrm.oltp.customer.web;

import java.util.List;

import io.pulsecrm.oltp.customer.ContactDraft;
import io.pulsecrm.oltp.customer.CustomerDraft;
import io.pulsecrm.oltp.customer.CustomerLevel;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.customer.TeamAccess;
import io.pulsecrm.oltp.customer.TransferOptions;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the customer, contact and team endpoints. Text rules (lengths, formats) live
 * in {@link CustomerDraft} / {@link ContactDraft}, which name every bad field at once; here only
 * what the domain cannot see: missing versions and ids.
 */
final class CustomerRequests {

    private CustomerRequests() {
    }

    @Schema(name = "NewCustomer", description = "name 1–200; level defaults to NORMAL; industry ≤ 32 and region ≤ 64 "
            + "characters of free text; campaignId must exist")
    record NewCustomer(String name, CustomerLevel level, String industry, String region, String address, String phone,
                       String email, String website, SourceChannel source, Long campaignId, String remark) {

        CustomerDraft draft() {
            return new CustomerDraft(name, level, industry, region, address, phone, email, website, source,
                    campaignId, remark);
        }
    }

    @Schema(name = "CustomerUpdate", description = "Replaces the editable fields; omitted optional fields are cleared")
    record CustomerUpdate(String name, CustomerLevel level, String industry, String region, String address, String phone,
                          String email, String website, SourceChannel source, Long campaignId, String remark,
                          @Schema(description = "the version the client read; a stale one is refused with 409")
                          @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
                          Integer version) {

        CustomerDraft draft() {
            return new CustomerDraft(name, level, industry, region, address, phone, email, website, source,
                    campaignId, remark);
        }
    }

    @Schema(name = "VersionedAction")
    record VersionedAction(@NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
                           Integer version) {
    }

    @Schema(name = "CustomerTransferRequest", description = "moveContacts defaults to true, the others to false")
    record TransferRequest(
            @NotEmpty(message = "must list 1 to 500 customer ids") @Size(max = 500, message = "must list 1 to 500 customer ids")
            List<@NotNull(message = "must be a customer id") @Positive(message = "must be a customer id") Long> ids,
            @NotNull(message = "is required") @Positive(message = "must be a user id") Long ownerId,
            Boolean moveContacts, Boolean moveOpportunities, Boolean moveContracts,
            @Schema(description = "READ or WRITE: the previous owner stays on the team; null: leaves")
            TeamAccess keepOldOwnerAsTeamMember) {

        TransferOptions options() {
            return new TransferOptions(!Boolean.FALSE.equals(moveContacts), Boolean.TRUE.equals(moveOpportunities),
                    Boolean.TRUE.equals(moveContracts), keepOldOwnerAsTeamMember);
        }
    }

    @Schema(name = "TeamMemberRequest")
    record TeamMemberRequest(@NotNull(message = "is required") @Positive(message = "must be a user id") Long userId,
                             @NotNull(message = "is required") TeamAccess access) {
    }

    @Schema(name = "NewContact", description = "name 1–100; the first contact of a customer is always primary")
    record NewContact(String name, String title, String phone, String mobile, String email, String remark,
                      Boolean primary) {

        ContactDraft draft() {
            return new ContactDraft(name, title, phone, mobile, email, remark);
        }
    }

    @Schema(name = "ContactUpdate", description = "primary true makes it the primary contact (the old one is unset); "
            + "false on the primary contact is refused: make another one primary")
    record ContactUpdate(String name, String title, String phone, String mobile, String email, String remark,
                         Boolean primary,
                         @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
                         Integer version) {

        ContactDraft draft() {
            return new ContactDraft(name, title, phone, mobile, email, remark);
        }
    }
}
