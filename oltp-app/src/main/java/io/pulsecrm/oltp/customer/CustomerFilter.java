package io.pulsecrm.oltp.customer;

/**
 * What a customer list is narrowed to; null criteria do not narrow. {@code q} matches a fragment of
 * the name (character-pair index, V31) or the exact phone or email.
 */
public record CustomerFilter(String q, CustomerLevel level, String industry, String region, SourceChannel source,
                             DealStatus dealStatus, Long ownerId, Boolean locked) {

    /** The same criteria without the text search. */
    CustomerFilter withoutQ() {
        return new CustomerFilter(null, level, industry, region, source, dealStatus, ownerId, locked);
    }
}
