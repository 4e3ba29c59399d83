package io.pulsecrm.oltp.product;

import java.math.BigDecimal;

/**
 * One line as a client asks for it: a catalogue product, how many, and optionally the unit price
 * (default: the catalogue price) and the discount in percent (default 0).
 */
public record LineInput(Long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
}
