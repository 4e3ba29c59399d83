package io.pulsecrm.oltp.contract;

import java.util.Optional;

import io.pulsecrm.oltp.product.ProductUsage;

import org.springframework.stereotype.Component;

/** A product on any contract line stays in the catalogue (the line keeps its name, not its price list). */
@Component
class ContractProductUsage implements ProductUsage {

    private final ContractLines lines;

    ContractProductUsage(ContractLines lines) {
        this.lines = lines;
    }

    @Override
    public Optional<String> describeUseOf(long productId) {
        long used = lines.countUsing(productId);
        return used == 0 ? Optional.empty() : Optional.of(used + (used == 1 ? " contract line" : " contract lines"));
    }
}
