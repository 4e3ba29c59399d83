package io.pulsecrm.oltp.contract;

import java.time.LocalDate;

/**
 * What a list of contracts is narrowed to; a null criterion does not narrow. The caller's data
 * scope always applies on top.
 */
public record ContractFilter(String q, Long customerId, Long ownerId, Long opportunityId, ContractStatus status,
        LocalDate signedFrom, LocalDate signedTo) {
}
