package io.pulsecrm.oltp.followup;

import io.pulsecrm.oltp.shared.Forbidden;

/** The caller may read the record (a read-only team member) but not add to it. */
public final class SubjectReadOnly extends Forbidden {

    SubjectReadOnly(Subject subject) {
        super("subjectId", "you may read %s but not write follow-ups on it".formatted(subject.describe()));
    }

    @Override
    public String code() {
        return "permission-denied";
    }
}
