package io.pulsecrm.oltp.product;

import io.pulsecrm.oltp.shared.NotFound;

public final class ProductNotFound extends NotFound {

    ProductNotFound(long id) {
        super("product %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "product-not-found";
    }
}
