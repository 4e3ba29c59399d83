package io.pulsecrm.oltp.followup;

/**
 * A record the viewer may read, as follow-ups and tasks need to know it.
 *
 * @param customerId the customer it belongs under: itself for a customer, the converted customer of
 *                   a lead (null while not converted), the customer of a contact, opportunity or contract
 * @param writable   whether the viewer may also change it (owner in scope or a read-write team member)
 */
public record Subject(SubjectType type, long id, String name, Long ownerId, Long customerId, boolean writable) {

    public String describe() {
        return type.describe(id);
    }
}
