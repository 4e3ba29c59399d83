package io.pulsecrm.oltp.target;

import io.pulsecrm.oltp.shared.NotFound;

/** No such user, department or target row (or, for a row, none the caller may see). */
public final class TargetNotFound extends NotFound {

    TargetNotFound(String what, long id) {
        super("%s %d does not exist".formatted(what, id));
    }

    @Override
    public String code() {
        return "not-found";
    }
}
