package io.pulsecrm.oltp.followup;

import io.pulsecrm.oltp.shared.NotFound;

/** The record a follow-up is written on does not exist, or the caller may not read it (the same answer). */
public final class SubjectNotFound extends NotFound {

    SubjectNotFound(SubjectType type, long id) {
        super("%s does not exist".formatted(type.describe(id)));
    }

    @Override
    public String code() {
        return "subject-not-found";
    }
}
