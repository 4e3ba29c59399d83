package io.pulsecrm.oltp.customer.web;

import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.customer.Contact;
import io.pulsecrm.oltp.customer.Customer;
import io.pulsecrm.oltp.customer.CustomerCounts;
import io.pulsecrm.oltp.customer.CustomerLevel;
import io.pulsecrm.oltp.customer.DealStatus;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.customer.TeamMemberView;
import io.swagger.v3.oas.annotations.media.Schema;

final class CustomerResponses {

    private CustomerResponses() {
    }

    @Schema(name = "Customer")
    record CustomerResponse(long id, String name, CustomerLevel level, String industry, String region, String address,
                            String phone, String email, String website, SourceChannel source, Long campaignId,
                            Long leadId, DealStatus dealStatus, boolean locked, String remark, Long ownerId,
                            Long ownerDeptId, Instant ownedSince, Instant poolEnteredAt, Instant lastFollowUpAt,
                            Instant lastDealAt, Instant nextContactAt, long createdBy, Instant createdAt,
                            Instant updatedAt, int version) {

        static CustomerResponse of(Customer c) {
            return new CustomerResponse(c.getId(), c.getName(), c.getLevel(), c.getIndustry(), c.getRegion(),
                    c.getAddress(), c.getPhone(), c.getEmail(), c.getWebsite(), c.getSource(), c.getCampaignId(),
                    c.getLeadId(), c.getDealStatus(), c.isLocked(), c.getRemark(), c.getOwnerId(), c.getOwnerDeptId(),
                    c.getOwnedSince(), c.getPoolEnteredAt(), c.getLastFollowUpAt(), c.getLastDealAt(),
                    c.getNextContactAt(), c.getCreatedBy(), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
        }
    }

    @Schema(name = "CustomerDetail", description = "The customer with its primary contact, team and what hangs under it")
    record CustomerDetail(CustomerResponse customer, ContactResponse primaryContact, List<TeamMemberView> team,
                          CustomerCounts counts) {
    }

    @Schema(name = "Contact")
    record ContactResponse(long id, long customerId, String name, String title, String phone, String mobile,
                           String email, boolean primary, String remark, Long ownerId, Long ownerDeptId,
                           Instant createdAt, Instant updatedAt, int version) {

        static ContactResponse of(Contact c) {
            return c == null ? null : new ContactResponse(c.getId(), c.getCustomerId(), c.getName(), c.getTitle(),
                    c.getPhone(), c.getMobile(), c.getEmail(), c.isPrimary(), c.getRemark(), c.getOwnerId(),
                    c.getOwnerDeptId(), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
        }
    }
}
