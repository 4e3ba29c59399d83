package io.pulsecrm.oltp.contract;

import java.util.List;

import io.pulsecrm.oltp.product.LineInput;

/**
 * A new contract as asked for. From a customer, or from a deal (customerId may then be left out;
 * given, it must be the deal's). Number null: generated. Lines null with a deal: the deal's lines.
 */
public record ContractDraft(String number, ContractTerms terms, Long customerId, Long opportunityId,
        List<LineInput> lines) {
}
