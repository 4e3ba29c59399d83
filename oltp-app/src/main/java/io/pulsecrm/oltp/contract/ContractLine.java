package io.pulsecrm.oltp.contract;

import java.math.BigDecimal;

/** A product line of a contract, with the product's name as it was when the line was written. */
public record ContractLine(long id, int position, long productId, String productName, BigDecimal unitPrice,
        BigDecimal quantity, BigDecimal discount, BigDecimal lineAmount) {
}
