package io.pulsecrm.oltp.opportunity;

import java.math.BigDecimal;

/** A product on a deal, with the catalogue's current code and name. */
public record OpportunityLine(long id, long productId, String productCode, String productName, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal discount, BigDecimal lineAmount) {
}
