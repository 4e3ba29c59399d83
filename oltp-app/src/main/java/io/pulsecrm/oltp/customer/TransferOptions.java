package io.pulsecrm.oltp.customer;

/**
 * What moves with a transferred customer besides itself, and whether the previous owner stays on
 * as a team member (with READ or WRITE access; null: leaves).
 */
public record TransferOptions(boolean moveContacts, boolean moveOpportunities, boolean moveContracts,
                              TeamAccess keepOldOwnerAs) {
}
