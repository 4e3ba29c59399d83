package io.pulsecrm.oltp.contract;

import java.time.Instant;

/**
 * A decision on a contract: SUBMITTED (step 0), APPROVED or REJECTED at a step. Kept for good:
 * it is the approval history shown on the contract.
 */
public record ApprovalRecord(long id, int step, long approverId, String approverName, String decision,
        String comment, Instant decidedAt) {
}
