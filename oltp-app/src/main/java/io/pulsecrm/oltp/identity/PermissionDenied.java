package io.pulsecrm.oltp.identity;

import io.pulsecrm.oltp.shared.Forbidden;

/** The caller lacks the permission an action needs. */
public class PermissionDenied extends Forbidden {

    public PermissionDenied(String permission) {
        super("you do not have the permission '" + permission + "' this action needs");
    }

    PermissionDenied(String field, String message) {
        super(field, message);
    }

    /** A reference (owner, department, user) that lies outside the caller's data scope. */
    public static PermissionDenied outOfScope(String field) {
        return new PermissionDenied(field, "is outside your data scope");
    }

    @Override
    public String code() {
        return "permission-denied";
    }
}
