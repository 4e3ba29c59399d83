package io.pulsecrm.oltp.contract.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.contract.Contract;
import io.pulsecrm.oltp.contract.ContractLine;
import io.pulsecrm.oltp.contract.ContractStatus;
import io.swagger.v3.oas.annotations.media.Schema;

final class ContractResponses {

    private ContractResponses() {
    }

    @Schema(name = "ContractSummary", description = "A contract as lists show it (no lines)")
    record ContractSummary(long id, String number, String name, long customerId, Long opportunityId,
            ContractStatus status, LocalDate signedOn, LocalDate startDate, LocalDate endDate,
            @Schema(example = "128000.00") BigDecimal totalAmount, BigDecimal receivedAmount,
            Long flowId, Integer currentStep, Instant submittedAt, Instant decidedAt,
            long ownerId, long ownerDeptId, Instant createdAt, Instant updatedAt, int version) {

        static ContractSummary of(Contract c) {
            return new ContractSummary(c.getId(), c.getNumber(), c.getName(), c.getCustomerId(), c.getOpportunityId(),
                    c.getStatus(), c.getSignedOn(), c.getStartDate(), c.getEndDate(), c.getTotalAmount(),
                    c.getReceivedAmount(), c.getFlowId(), c.getCurrentStep(), c.getSubmittedAt(), c.getDecidedAt(),
                    c.getOwnerId(), c.getOwnerDeptId(), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
        }
    }

    @Schema(name = "Contract", description = "A contract with its lines; totalAmount is the sum of the line amounts")
    record ContractResponse(long id, String number, String name, long customerId, Long opportunityId,
            ContractStatus status, LocalDate signedOn, LocalDate startDate, LocalDate endDate,
            BigDecimal totalAmount, BigDecimal receivedAmount, String remark,
            Long flowId, Integer currentStep, Instant submittedAt, Instant decidedAt,
            long ownerId, long ownerDeptId, long createdBy, Instant createdAt, Instant updatedAt, int version,
            List<ContractLine> lines) {

        static ContractResponse of(Contract c, List<ContractLine> lines) {
            return new ContractResponse(c.getId(), c.getNumber(), c.getName(), c.getCustomerId(), c.getOpportunityId(),
                    c.getStatus(), c.getSignedOn(), c.getStartDate(), c.getEndDate(), c.getTotalAmount(),
                    c.getReceivedAmount(), c.getRemark(), c.getFlowId(), c.getCurrentStep(), c.getSubmittedAt(),
                    c.getDecidedAt(), c.getOwnerId(), c.getOwnerDeptId(), c.getCreatedBy(), c.getCreatedAt(),
                    c.getUpdatedAt(), c.getVersion(), lines);
        }
    }
}
