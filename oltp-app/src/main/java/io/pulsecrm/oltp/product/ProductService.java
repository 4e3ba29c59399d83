package io.pulsecrm.oltp.product;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Maintains the catalogue. Each use case runs in one transaction and is logged in it. */
@Service
@Transactional(readOnly = true)
public class ProductService {

    static final String ENTITY = "PRODUCT";
    private static final Logger log = LoggerFactory.getLogger(ProductService.class);

    private final ProductRepository products;
    private final ProductQueries queries;
    private final List<ProductUsage> usages;
    private final OperationLog operations;
    private final Clock clock;

    ProductService(ProductRepository products, ProductQueries queries, List<ProductUsage> usages,
            OperationLog operations, Clock clock) {
        this.products = products;
        this.queries = queries;
        this.usages = usages;
        this.operations = operations;
        this.clock = clock;
    }

    public Product get(long id) {
        return products.findById(id).orElseThrow(() -> new ProductNotFound(id));
    }

    public PageResponse<Product> list(ProductFilter filter, Sort sort, int page, int size) {
        ProductQueries.PageOfIds found = queries.page(filter, sort, page, size);
        Map<Long, Product> byId = products.findAllById(found.ids()).stream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
        List<Product> items = found.ids().stream().map(byId::get).toList();
        return ListQuery.page(items, page, size, found.total());
    }

    public List<LogEntry> history(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    @Transactional
    public Product create(ProductDetails details) {
        Product product = Product.define(details, clock.instant());
        if (products.codeTaken(product.getCode(), null)) {
            throw new ProductCodeTaken(product.getCode());
        }
        products.saveAndFlush(product);
        operations.record(ENTITY, product.getId(), "CREATE", "product " + product.getCode(), Changes.none());
        log.info("Product {} defined", product.getId());
        return product;
    }

    @Transactional
    public Product update(long id, ProductDetails details, int version) {
        Product product = get(id);
        StaleVersion.check("product", id, version, product.getVersion());
        // checked before the managed entity changes: the query would otherwise flush the change first
        if (details.code() != null && products.codeTaken(details.code().strip(), id)) {
            throw new ProductCodeTaken(details.code().strip());
        }
        Changes changes = Changes.none();
        Snapshot before = Snapshot.of(product);
        product.revise(details, clock.instant());
        before.compare(product, changes);
        products.saveAndFlush(product);
        operations.record(ENTITY, id, "UPDATE", "product " + product.getCode(), changes);
        return product;
    }

    /** Deletes a product no line refers to; the foreign keys back this check up against races. */
    @Transactional
    public void delete(long id) {
        Product product = get(id);
        List<String> uses = usages.stream().map(usage -> usage.describeUseOf(id)).flatMap(Optional::stream)
                .sorted(Comparator.naturalOrder()).toList();
        if (!uses.isEmpty()) {
            throw new ProductInUse(product, uses);
        }
        products.delete(product);
        products.flush();
        operations.record(ENTITY, id, "DELETE", "product " + product.getCode(), Changes.none());
        log.info("Product {} deleted", id);
    }

    private record Snapshot(String code, String name, String category, String unit, java.math.BigDecimal price,
            boolean active, String description) {

        static Snapshot of(Product p) {
            return new Snapshot(p.getCode(), p.getName(), p.getCategory(), p.getUnit(), p.getPrice(), p.isActive(),
                    p.getDescription());
        }

        void compare(Product p, Changes changes) {
            changes.field("code", code, p.getCode()).field("name", name, p.getName())
                    .field("category", category, p.getCategory()).field("unit", unit, p.getUnit())
                    .field("price", price, p.getPrice()).field("active", active, p.isActive())
                    .field("description", description, p.getDescription());
        }
    }
}
