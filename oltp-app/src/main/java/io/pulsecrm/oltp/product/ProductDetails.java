package io.pulsecrm.oltp.product;

import java.math.BigDecimal;

/** What a catalogue entry says; unit defaults to 件 and active to true when not given. */
public record ProductDetails(String code, String name, String category, String unit, BigDecimal price,
        Boolean active, String description) {
}
