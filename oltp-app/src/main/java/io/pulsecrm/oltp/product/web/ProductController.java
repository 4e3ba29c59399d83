package io.pulsecrm.oltp.product.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.product.ProductFilter;
import io.pulsecrm.oltp.product.ProductService;
import io.pulsecrm.oltp.product.web.ProductRequests.NewProduct;
import io.pulsecrm.oltp.product.web.ProductRequests.ProductUpdate;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "The product catalogue (产品) that opportunity and contract lines draw from")
class ProductController {

    private static final List<String> SORTABLE = List.of("id", "code", "name", "category", "price", "createdAt",
            "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("code"), Sort.Order.asc("id"));

    private final ProductService products;

    ProductController(ProductService products) {
        this.products = products;
    }

    @GetMapping
    @RequiresPermission("product:view")
    @Operation(summary = "A page of products; totalItems stops counting at 10,001")
    PageResponse<ProductResponse> list(
            @Parameter(description = "part of the code or name, any case")
            @RequestParam(required = false) @Size(max = 100, message = "must be at most 100 characters") String q,
            @RequestParam(required = false) @Size(max = 64, message = "must be at most 64 characters") String category,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @Parameter(description = "property[,asc|desc], repeatable; properties: id, code, name, category, price, "
                    + "createdAt, updatedAt; default code")
            @RequestParam(required = false) List<String> sort) {
        Sort order = ListQuery.parse(sort, SORTABLE, DEFAULT_SORT);
        return products.list(new ProductFilter(q, category, active), order, page, size).map(ProductResponse::of);
    }

    @GetMapping("/{id}")
    @RequiresPermission("product:view")
    @Operation(summary = "One product")
    ProductResponse get(@PathVariable long id) {
        return ProductResponse.of(products.get(id));
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("product:view")
    @Operation(summary = "The product's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return products.history(id);
    }

    @PostMapping
    @RequiresPermission("product:create")
    @Operation(summary = "Add a product to the catalogue (409 if the code is taken, whatever its case)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProductResponse> create(@Valid @RequestBody NewProduct body) {
        ProductResponse created = ProductResponse.of(products.create(body.details()));
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("product:edit")
    @Operation(summary = "Revise or (de)activate a product (409 if the version is stale or the code is taken)")
    ProductResponse update(@PathVariable long id, @Valid @RequestBody ProductUpdate body) {
        return ProductResponse.of(products.update(id, body.details(), body.version()));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("product:delete")
    @Operation(summary = "Delete a product no line uses (409 product-in-use otherwise: deactivate it)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        products.delete(id);
        return ResponseEntity.noContent().build();
    }
}
