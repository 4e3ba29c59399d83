package io.pulsecrm.oltp.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pulsecrm.oltp.shared.FieldChecks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Prices the lines of opportunities and contracts against the catalogue. */
@Component
@Transactional(readOnly = true)
public class ProductCatalog {

    static final BigDecimal QUANTITY_MAX = new BigDecimal("9999999999999999.99");

    private final ProductRepository products;

    ProductCatalog(ProductRepository products) {
        this.products = products;
    }

    /**
     * Prices the lines, or throws {@link InvalidLines} naming every bad {@code <field>[i].<property>}.
     * Products must exist; an inactive product is accepted only if it is among {@code kept}, the
     * products the record already has on its lines (it may stay, it may not be added).
     */
    public List<PricedLine> price(String field, List<LineInput> lines, Set<Long> kept) {
        FieldChecks checks = new FieldChecks();
        for (int i = 0; i < lines.size(); i++) {
            checkNumbers(checks, "%s[%d].".formatted(field, i), lines.get(i));
        }
        checks.orThrow(InvalidLines::new);
        Set<Long> ids = lines.stream().map(LineInput::productId).collect(Collectors.toCollection(HashSet::new));
        Map<Long, Product> known = products.findAllById(ids).stream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
        List<PricedLine> priced = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineInput line = lines.get(i);
            String at = "%s[%d].".formatted(field, i);
            Product product = known.get(line.productId());
            checks.require(product != null, at + "productId", "product %d does not exist".formatted(line.productId()));
            if (product == null) {
                continue;
            }
            checks.require(product.isActive() || kept.contains(product.getId()), at + "productId",
                    "product %d is inactive and cannot be added to a line".formatted(product.getId()));
            BigDecimal price = Objects.requireNonNullElse(line.unitPrice(), product.getPrice());
            BigDecimal discount = Objects.requireNonNullElse(line.discount(), BigDecimal.ZERO);
            BigDecimal amount = PricedLine.amountOf(line.quantity(), price, discount);
            checks.require(amount.compareTo(PricedLine.AMOUNT_MAX) <= 0, at + "quantity",
                    "makes the line amount exceed " + PricedLine.AMOUNT_MAX.toPlainString());
            priced.add(new PricedLine(product.getId(), product.getName(), scaled(line.quantity()), scaled(price),
                    scaled(discount), amount));
        }
        checks.orThrow(InvalidLines::new);
        BigDecimal total = priced.stream().map(PricedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        checks.require(total.compareTo(PricedLine.AMOUNT_MAX) <= 0, field,
                "the lines add up to more than " + PricedLine.AMOUNT_MAX.toPlainString())
                .orThrow(InvalidLines::new);
        return priced;
    }

    private static void checkNumbers(FieldChecks checks, String at, LineInput line) {
        checks.require(line.productId() != null, at + "productId", "is required");
        checks.decimal(line.quantity(), at + "quantity", new BigDecimal("0.01"), QUANTITY_MAX, 2);
        if (line.unitPrice() != null) {
            checks.decimal(line.unitPrice(), at + "unitPrice", BigDecimal.ZERO, PricedLine.AMOUNT_MAX, 2);
        }
        if (line.discount() != null) {
            checks.decimal(line.discount(), at + "discount", BigDecimal.ZERO, PricedLine.HUNDRED, 2);
        }
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
