package io.pulsecrm.oltp.org;

import io.pulsecrm.oltp.shared.NotFound;

/** The addressed department, user or role does not exist, or (users) lies outside the caller's scope. */
public final class OrgNotFound extends NotFound {

    private final String code;

    private OrgNotFound(String kind, long id) {
        super("%s %d does not exist".formatted(kind, id));
        this.code = kind + "-not-found";
    }

    static OrgNotFound department(long id) {
        return new OrgNotFound("department", id);
    }

    static OrgNotFound user(long id) {
        return new OrgNotFound("user", id);
    }

    static OrgNotFound role(long id) {
        return new OrgNotFound("role", id);
    }

    @Override
    public String code() {
        return code;
    }
}
