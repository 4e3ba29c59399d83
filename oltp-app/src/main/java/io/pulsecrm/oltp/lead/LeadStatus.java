package io.pulsecrm.oltp.lead;

/** Where a lead stands: new, qualified (worth pursuing), converted into a customer, or invalid. */
public enum LeadStatus {
    NEW, QUALIFIED, CONVERTED, INVALID;

    /** Only a lead still being worked can be qualified, invalidated or converted. */
    boolean isOpen() {
        return this == NEW || this == QUALIFIED;
    }
}
