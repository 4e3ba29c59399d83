package io.pulsecrm.oltp.lead.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.lead.Duplicates;
import io.pulsecrm.oltp.lead.Lead;
import io.pulsecrm.oltp.lead.LeadStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** A lead; right after creation also the duplicates it may be (never a reason to refuse it). */
@Schema(name = "Lead")
record LeadResponse(long id, String name, String company, String title, String phone, String email, String industry,
                    String region, String address, SourceChannel source, Long campaignId, LeadStatus status,
                    String remark, Instant nextContactAt, Instant lastFollowUpAt, Instant qualifiedAt,
                    Instant convertedAt, Long convertedCustomerId, long ownerId, long ownerDeptId, long createdBy,
                    Instant createdAt, Instant updatedAt, int version,
                    @Schema(description = "only on creation: leads and customers the caller may see with the same "
                            + "phone, email or company")
                    @JsonInclude(JsonInclude.Include.NON_NULL) List<Duplicates.Duplicate> duplicates,
                    @Schema(description = "only on creation: how many more duplicates exist that the caller may not see")
                    @JsonInclude(JsonInclude.Include.NON_NULL) Integer hiddenDuplicates) {

    static LeadResponse of(Lead lead) {
        return of(lead, null);
    }

    static LeadResponse of(Lead l, Duplicates.Report report) {
        return new LeadResponse(l.getId(), l.getName(), l.getCompany(), l.getTitle(), l.getPhone(), l.getEmail(),
                l.getIndustry(), l.getRegion(), l.getAddress(), l.getSource(), l.getCampaignId(), l.getStatus(),
                l.getRemark(), l.getNextContactAt(), l.getLastFollowUpAt(), l.getQualifiedAt(), l.getConvertedAt(),
                l.getConvertedCustomerId(), l.getOwnerId(), l.getOwnerDeptId(), l.getCreatedBy(), l.getCreatedAt(),
                l.getUpdatedAt(), l.getVersion(), report == null ? null : report.duplicates(),
                report == null ? null : report.hiddenDuplicates());
    }
}
