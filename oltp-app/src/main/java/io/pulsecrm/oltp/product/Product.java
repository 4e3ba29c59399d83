package io.pulsecrm.oltp.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import io.pulsecrm.oltp.shared.FieldChecks;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A catalogue entry. An inactive product stays on the lines that have it but joins no new line. */
@Entity
@Table(name = "product")
public class Product {

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 200;
    public static final int CATEGORY_MAX = 64;
    public static final int UNIT_MAX = 16;
    public static final int DESCRIPTION_MAX = 2000;
    static final String DEFAULT_UNIT = "件";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String category;
    private String unit;
    private BigDecimal price;
    private boolean active;
    private String description;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Product() {
    }

    public static Product define(ProductDetails details, Instant now) {
        Product product = new Product();
        product.createdAt = now;
        product.apply(details, now);
        return product;
    }

    public void revise(ProductDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(ProductDetails details, Instant now) {
        new FieldChecks()
                .text(details.code(), "code", CODE_MAX)
                .require(details.code() == null || details.code().strip().matches("[\\p{L}\\p{N}._/-]*"), "code",
                        "may contain only letters, digits and . _ / -")
                .text(details.name(), "name", NAME_MAX)
                .require(optional(details.category(), CATEGORY_MAX), "category", "must be at most 64 characters")
                .require(optional(details.unit(), UNIT_MAX), "unit", "must be at most 16 characters")
                .decimal(details.price(), "price", BigDecimal.ZERO, PricedLine.AMOUNT_MAX, 2)
                .require(optional(details.description(), DESCRIPTION_MAX), "description",
                        "must be at most 2000 characters")
                .orThrow(InvalidProduct::new);
        this.code = details.code().strip();
        this.name = details.name().strip();
        this.category = blankToNull(details.category());
        this.unit = details.unit() == null || details.unit().isBlank() ? DEFAULT_UNIT : details.unit().strip();
        this.price = details.price().setScale(2, RoundingMode.UNNECESSARY);
        this.active = details.active() == null || details.active();
        this.description = blankToNull(details.description());
        this.updatedAt = now;
    }

    private static boolean optional(String value, int max) {
        return value == null || value.strip().codePointCount(0, value.strip().length()) <= max;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public boolean isActive() {
        return active;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
