package io.pulsecrm.oltp.contract;

public enum ContractStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, CANCELLED;

    /** A draft, or a rejected contract being reworked: its terms and lines may change. */
    public boolean isEditable() {
        return this == DRAFT || this == REJECTED;
    }
}
