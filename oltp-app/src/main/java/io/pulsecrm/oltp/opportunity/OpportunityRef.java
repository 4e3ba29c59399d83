package io.pulsecrm.oltp.opportunity;

import java.util.List;

import io.pulsecrm.oltp.product.LineInput;

/** What another feature (a contract made from a deal) learns of a deal it refers to. */
public record OpportunityRef(long id, Long customerId, OpportunityStatus status, List<LineInput> lines) {
}
