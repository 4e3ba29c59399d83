package io.pulsecrm.oltp.product.web;

import java.math.BigDecimal;

import io.pulsecrm.oltp.product.ProductDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the product endpoints. Limits mirror the aggregate's and the table's. */
final class ProductRequests {

    private ProductRequests() {
    }

    @Schema(name = "NewProduct")
    record NewProduct(
            @Schema(description = "unique whatever the case; letters, digits and . _ / -", example = "CRM-PRO")
            @NotBlank(message = "must be 1 to 32 characters") @Size(max = 32, message = "must be 1 to 32 characters")
            String code,
            @NotBlank(message = "must be 1 to 200 characters") @Size(max = 200, message = "must be 1 to 200 characters")
            String name,
            @Size(max = 64, message = "must be at most 64 characters") String category,
            @Schema(description = "default 件") @Size(max = 16, message = "must be at most 16 characters") String unit,
            @Schema(description = "list price, 0 or more with at most 2 decimals", example = "1999.00")
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal price,
            @Schema(description = "default true") Boolean active,
            @Size(max = 2000, message = "must be at most 2000 characters") String description) {

        ProductDetails details() {
            return new ProductDetails(code, name, category, unit, price, active, description);
        }
    }

    @Schema(name = "ProductUpdate", description = "Replaces every field; active=false takes it off new lines")
    record ProductUpdate(
            @NotBlank(message = "must be 1 to 32 characters") @Size(max = 32, message = "must be 1 to 32 characters")
            String code,
            @NotBlank(message = "must be 1 to 200 characters") @Size(max = 200, message = "must be 1 to 200 characters")
            String name,
            @Size(max = 64, message = "must be at most 64 characters") String category,
            @Size(max = 16, message = "must be at most 16 characters") String unit,
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits before and 2 after the point")
            BigDecimal price,
            @NotNull(message = "is required") Boolean active,
            @Size(max = 2000, message = "must be at most 2000 characters") String description,
            @Schema(description = "the version the client read; a stale one is refused with 409")
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
            Integer version) {

        ProductDetails details() {
            return new ProductDetails(code, name, category, unit, price, active, description);
        }
    }
}
