package io.pulsecrm.oltp.target;

/** Whose target: one user's, or one department's as a whole. */
public enum TargetKind {
    USER, DEPARTMENT
}
