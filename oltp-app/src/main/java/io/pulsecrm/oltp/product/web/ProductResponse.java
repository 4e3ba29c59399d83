package io.pulsecrm.oltp.product.web;

import java.math.BigDecimal;
import java.time.Instant;

import io.pulsecrm.oltp.product.Product;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Product")
record ProductResponse(long id, String code, String name, String category, String unit,
        @Schema(example = "1999.00") BigDecimal price, boolean active, String description,
        Instant createdAt, Instant updatedAt, int version) {

    static ProductResponse of(Product p) {
        return new ProductResponse(p.getId(), p.getCode(), p.getName(), p.getCategory(), p.getUnit(), p.getPrice(),
                p.isActive(), p.getDescription(), p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
    }
}
