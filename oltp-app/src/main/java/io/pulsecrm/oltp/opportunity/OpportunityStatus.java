package io.pulsecrm.oltp.opportunity;

public enum OpportunityStatus {
    OPEN, WON, LOST;

    public boolean isClosed() {
        return this != OPEN;
    }
}
