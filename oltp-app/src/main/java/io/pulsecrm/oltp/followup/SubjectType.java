package io.pulsecrm.oltp.followup;

/** The kinds of record a follow-up or a task can be written on. */
public enum SubjectType {
    LEAD, CUSTOMER, CONTACT, OPPORTUNITY, CONTRACT;

    /** How a message names a record of this type: "customer 42". */
    public String describe(long id) {
        return name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
