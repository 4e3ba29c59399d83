package io.pulsecrm.oltp.contract;

/** Who decides a step: anyone holding a role, or one named user. */
public enum ApproverType {
    ROLE, USER
}
