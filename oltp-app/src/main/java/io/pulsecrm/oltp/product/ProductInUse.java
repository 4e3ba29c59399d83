package io.pulsecrm.oltp.product;

import java.util.List;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A product on any line stays in the catalogue: it can be deactivated, not deleted. */
public final class ProductInUse extends RuleViolation {

    ProductInUse(Product product, List<String> uses) {
        super("product %d '%s' is on %s: deactivate it instead".formatted(product.getId(), product.getCode(),
                String.join(" and ", uses)));
    }

    @Override
    public String code() {
        return "product-in-use";
    }
}
