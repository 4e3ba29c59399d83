package io.pulsecrm.oltp.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the receivable feature needs of a contract, read under the row lock. */
public record ContractFacts(long id, String number, long customerId, ContractStatus status, LocalDate signedOn,
        BigDecimal totalAmount, BigDecimal receivedAmount, long ownerId, long ownerDeptId) {

    public BigDecimal remaining() {
        return totalAmount.subtract(receivedAmount);
    }
}
