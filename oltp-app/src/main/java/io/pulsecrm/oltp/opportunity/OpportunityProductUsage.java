package io.pulsecrm.oltp.opportunity;

import java.util.Optional;

import io.pulsecrm.oltp.product.ProductUsage;

import org.springframework.stereotype.Component;

/** A product on any deal's lines stays in the catalogue. */
@Component
class OpportunityProductUsage implements ProductUsage {

    private final OpportunityLines lines;

    OpportunityProductUsage(OpportunityLines lines) {
        this.lines = lines;
    }

    @Override
    public Optional<String> describeUseOf(long productId) {
        long used = lines.countUsing(productId);
        return used == 0 ? Optional.empty() : Optional.of(used + (used == 1 ? " opportunity line" : " opportunity lines"));
    }
}
