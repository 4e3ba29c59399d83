package io.pulsecrm.oltp.opportunity.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.opportunity.Opportunity;
import io.pulsecrm.oltp.opportunity.OpportunityLine;
import io.pulsecrm.oltp.opportunity.OpportunityStatus;
import io.pulsecrm.oltp.opportunity.StageMove;
import io.swagger.v3.oas.annotations.media.Schema;

final class OpportunityResponses {

    private OpportunityResponses() {
    }

    @Schema(name = "Opportunity")
    record OpportunityResponse(long id, String name, @Schema(example = "128000.00") BigDecimal amount, long stageId,
            OpportunityStatus status, String lostReason, String wonReason, LocalDate expectedCloseDate,
            Long customerId, Long campaignId, long ownerId, long ownerDeptId, long createdBy,
            Instant createdAt, Instant updatedAt, Instant closedAt, int version) {

        static OpportunityResponse of(Opportunity deal) {
            return new OpportunityResponse(deal.getId(), deal.getName(), deal.getAmount(), deal.getStageId(),
                    deal.getStatus(), deal.getLostReason(), deal.getWonReason(), deal.getExpectedCloseDate(),
                    deal.getCustomerId(), deal.getCampaignId(), deal.getOwnerId(), deal.getOwnerDeptId(),
                    deal.getCreatedBy(), deal.getCreatedAt(), deal.getUpdatedAt(), deal.getClosedAt(), deal.getVersion());
        }
    }

    @Schema(name = "StageMove")
    record StageMoveResponse(long id, long fromStageId, long toStageId, Instant movedAt) {

        static StageMoveResponse of(StageMove move) {
            return new StageMoveResponse(move.getId(), move.getFromStageId(), move.getToStageId(), move.getMovedAt());
        }
    }

    @Schema(name = "OpportunityProducts", description = "A deal's product lines and the amount they make")
    record ProductsResponse(long opportunityId, BigDecimal amount, int version, List<OpportunityLine> lines) {
    }
}
