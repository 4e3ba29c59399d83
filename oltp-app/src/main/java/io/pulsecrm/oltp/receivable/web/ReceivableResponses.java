package io.pulsecrm.oltp.receivable.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.pulsecrm.oltp.receivable.PaymentMethod;
import io.pulsecrm.oltp.receivable.PaymentPlan;
import io.pulsecrm.oltp.receivable.PlanStatus;
import io.pulsecrm.oltp.receivable.Receipt;
import io.swagger.v3.oas.annotations.media.Schema;

final class ReceivableResponses {

    private ReceivableResponses() {
    }

    @Schema(name = "PaymentPlan", description = "status is computed on read against today in Asia/Shanghai")
    record PlanResponse(long id, long contractId, int seq, BigDecimal amount, LocalDate dueDate, PaymentMethod method,
            int reminderDays, @Schema(description = "dueDate minus reminderDays") LocalDate remindOn,
            BigDecimal receivedAmount, BigDecimal remainingAmount, PlanStatus status, String remark,
            long ownerId, long ownerDeptId, Instant createdAt, Instant updatedAt, int version) {

        static PlanResponse of(PaymentPlan p, LocalDate today) {
            return new PlanResponse(p.getId(), p.getContractId(), p.getSeq(), p.getAmount(), p.getDueDate(),
                    p.getMethod(), p.getReminderDays(), p.getDueDate().minusDays(p.getReminderDays()),
                    p.getReceivedAmount(), p.remaining(), p.status(today), p.getRemark(), p.getOwnerId(),
                    p.getOwnerDeptId(), p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
        }
    }

    @Schema(name = "Receipt")
    record ReceiptResponse(long id, @Schema(example = "HK-20260301-0001") String number, long contractId, Long planId,
            long customerId, BigDecimal amount, LocalDate receivedOn, PaymentMethod method, String remark,
            long ownerId, long ownerDeptId, long createdBy, Instant createdAt, int version) {

        static ReceiptResponse of(Receipt r) {
            return new ReceiptResponse(r.getId(), r.getNumber(), r.getContractId(), r.getPlanId(), r.getCustomerId(),
                    r.getAmount(), r.getReceivedOn(), r.getMethod(), r.getRemark(), r.getOwnerId(), r.getOwnerDeptId(),
                    r.getCreatedBy(), r.getCreatedAt(), r.getVersion());
        }
    }
}
