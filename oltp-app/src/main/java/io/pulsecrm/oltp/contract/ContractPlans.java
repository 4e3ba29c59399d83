package io.pulsecrm.oltp.contract;

import java.math.BigDecimal;

/**
 * Implemented by the feature that keeps payment plans, so that a contract's total never drops
 * below what its plans already plan to collect. The dependency points from that feature to this one.
 */
public interface ContractPlans {

    /** The sum of the contract's payment plans (0 without any). */
    BigDecimal plannedFor(long contractId);
}
