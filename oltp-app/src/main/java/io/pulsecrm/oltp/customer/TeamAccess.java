package io.pulsecrm.oltp.customer;

/** What a team member may do with the record: read it, or also change it (读 / 读写). */
public enum TeamAccess {
    READ, WRITE
}
