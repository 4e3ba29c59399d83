package io.pulsecrm.oltp.org;

import io.pulsecrm.oltp.shared.Forbidden;

/** Only a super admin may grant or revoke the super admin role, or manage a super admin's account. */
public final class SuperAdminOnly extends Forbidden {

    SuperAdminOnly(String field, String message) {
        super(field, message);
    }

    static SuperAdminOnly grant() {
        return new SuperAdminOnly("roleIds", "only a super admin may grant or revoke the super admin role");
    }

    static SuperAdminOnly account() {
        return new SuperAdminOnly("id", "only a super admin may change the account of a super admin");
    }

    @Override
    public String code() {
        return "super-admin-only";
    }
}
