package io.pulsecrm.oltp.opportunity;

/**
 * What a list of opportunities is narrowed to; a null criterion does not narrow. The caller's
 * data scope always applies on top: an owner outside it lists nothing.
 */
public record OpportunityFilter(Long stageId, OpportunityStatus status, Long customerId, Long ownerId,
        Long campaignId) {
}
