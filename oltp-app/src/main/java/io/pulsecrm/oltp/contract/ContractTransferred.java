package io.pulsecrm.oltp.contract;

/**
 * A contract changed owner; published inside the transferring transaction so that what belongs to
 * the contract (its payment plans and receipts) follows it in the same commit.
 */
public record ContractTransferred(long contractId, long ownerId, long ownerDeptId) {
}
