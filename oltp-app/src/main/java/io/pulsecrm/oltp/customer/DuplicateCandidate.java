package io.pulsecrm.oltp.customer;

/**
 * A lead or customer that shares a phone, email or company name with something being entered.
 * {@code email} and {@code company} are lower-cased (they match case-insensitively);
 * {@code visible} says whether the caller may see the record (else it is only counted).
 */
public record DuplicateCandidate(String type, long id, String name, String phone, String email, String company,
                                 boolean visible) {
}
