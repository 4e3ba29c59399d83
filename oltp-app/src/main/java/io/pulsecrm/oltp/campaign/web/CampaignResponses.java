package io.pulsecrm.oltp.campaign.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.pulsecrm.oltp.campaign.Campaign;
import io.pulsecrm.oltp.campaign.CampaignChannel;
import io.pulsecrm.oltp.campaign.CampaignCost;
import io.pulsecrm.oltp.campaign.CampaignStatus;
import io.pulsecrm.oltp.campaign.CampaignTotals;
import io.swagger.v3.oas.annotations.media.Schema;

final class CampaignResponses {

    private CampaignResponses() {
    }

    @Schema(name = "CampaignSummary", description = "A campaign in a list, with what it has spent")
    record CampaignSummary(long id, String name, CampaignChannel channel, CampaignStatus status, BigDecimal budget,
            BigDecimal costTotal, LocalDate startDate, LocalDate endDate, long ownerId, Instant updatedAt, int version) {

        static CampaignSummary of(Campaign c, BigDecimal spent) {
            return new CampaignSummary(c.getId(), c.getName(), c.getChannel(), c.getStatus(), c.getBudget(),
                    spent == null ? BigDecimal.ZERO.setScale(2) : spent, c.getStartDate(), c.getEndDate(),
                    c.getOwnerId(), c.getUpdatedAt(), c.getVersion());
        }
    }

    @Schema(name = "Campaign", description = "A campaign with its totals")
    record CampaignDetail(long id, String name, CampaignChannel channel, CampaignStatus status, BigDecimal budget,
            LocalDate startDate, LocalDate endDate, String description, long ownerId, long ownerDeptId,
            Instant createdAt, Instant updatedAt, int version, CampaignTotals totals) {

        static CampaignDetail of(Campaign c, CampaignTotals totals) {
            return new CampaignDetail(c.getId(), c.getName(), c.getChannel(), c.getStatus(), c.getBudget(),
                    c.getStartDate(), c.getEndDate(), c.getDescription(), c.getOwnerId(), c.getOwnerDeptId(),
                    c.getCreatedAt(), c.getUpdatedAt(), c.getVersion(), totals);
        }
    }

    @Schema(name = "CampaignCost")
    record CostResponse(long id, long campaignId, BigDecimal amount, LocalDate incurredOn, String note, long createdBy,
            Instant createdAt) {

        static CostResponse of(CampaignCost cost) {
            return new CostResponse(cost.getId(), cost.getCampaignId(), cost.getAmount(), cost.getIncurredOn(),
                    cost.getNote(), cost.getCreatedBy(), cost.getCreatedAt());
        }
    }
}
