package io.pulsecrm.oltp.customer;

/** Whether a customer ever signed an approved contract (成交状态); kept by the contract feature. */
public enum DealStatus {
    NONE, DEAL
}
