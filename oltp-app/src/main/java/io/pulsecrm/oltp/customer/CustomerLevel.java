package io.pulsecrm.oltp.customer;

/** How much a customer matters (客户级别): key accounts, normal, small. */
public enum CustomerLevel {
    KEY, NORMAL, SMALL
}
