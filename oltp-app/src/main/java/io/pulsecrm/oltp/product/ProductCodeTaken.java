package io.pulsecrm.oltp.product;

import io.pulsecrm.oltp.shared.RuleViolation;

/** Product codes are unique, whatever their case. */
public final class ProductCodeTaken extends RuleViolation {

    ProductCodeTaken(String code) {
        super("code", "a product with code '%s' already exists".formatted(code));
    }

    @Override
    public String code() {
        return "product-code-taken";
    }
}
