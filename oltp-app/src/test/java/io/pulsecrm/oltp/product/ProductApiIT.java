package io.pulsecrm.oltp.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.pulsecrm.oltp.support.DealsIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The catalogue through the REST API: admins maintain it, every rep reads it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductApiIT extends DealsIntegrationTest {

    private long rep;

    @BeforeAll
    void organization() {
        rep = users.user(users.department(null), null, "SALES_REP");
    }

    private static String code() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MvcTestResult create(String code, String price) {
        return post("/api/v1/products", """
                {"code": "%s", "name": "CRM 专业版", "category": "软件", "price": %s, "description": "按席位年付"}"""
                .formatted(code, price));
    }

    @Test
    void anAdminAddsAProductWithItsDefaults() {
        String code = code();

        MvcTestResult created = create(code, "1999.5");

        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"code": "%s", "price": 1999.50, "unit": "件", "active": true, "category": "软件", "version": 0}"""
                .formatted(code));
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/products/" + idOf(created));
        assertThat(read(get("/api/v1/products/%d/logs".formatted(idOf(created))), "$[0].action").toString())
                .isEqualTo("CREATE");
    }

    @Test
    void codesAreUniqueWhateverTheirCase() {
        String code = code();
        long first = idOf(create(code, "1"));
        long second = idOf(create(code(), "1"));
        long before = count("product");

        assertThat(create(code.toLowerCase(), "2")).hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
                {"code": "product-code-taken", "errors": [{"field": "code"}]}""");
        assertThat(put("/api/v1/products/" + second, """
                {"code": "%s", "name": "n", "price": 1, "active": true, "version": 0}""".formatted(code.toLowerCase())))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(count("product")).isEqualTo(before);
        assertThat(put("/api/v1/products/" + first, """
                {"code": "%s", "name": "n", "price": 1, "active": true, "version": 0}""".formatted(code.toLowerCase())))
                .hasStatusOk();
    }

    @Test
    void repsReadTheCatalogueButCannotChangeIt() {
        long product = idOf(create(code(), "10"));
        token = users.tokenOf(rep);
        String before = row("product", product);
        long products = count("product");

        assertThat(get("/api/v1/products/" + product)).hasStatusOk();
        assertThat(get("/api/v1/products?active=true&size=5")).hasStatusOk();
        assertThat(create(code(), "1")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put("/api/v1/products/" + product, """
                {"code": "x", "name": "n", "price": 1, "active": false, "version": 0}""")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(delete("/api/v1/products/" + product)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(row("product", product)).isEqualTo(before);
        assertThat(count("product")).isEqualTo(products);
    }

    @Test
    void aProductOnALineIsKeptButCanBeDeactivated() {
        long used = idOf(create(code(), "10"));
        long unused = idOf(create(code(), "10"));
        token = users.tokenOf(rep);
        draftContract(customerOf(rep), used, "1");
        token = null;

        assertThat(delete("/api/v1/products/" + used)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .extractingPath("$.code").isEqualTo("product-in-use");
        assertThat(put("/api/v1/products/" + used, """
                {"code": "%s", "name": "停售", "price": 10, "active": false, "version": 0}"""
                .formatted(read(get("/api/v1/products/" + used), "$.code").toString()))).hasStatusOk()
                .bodyJson().extractingPath("$.active").isEqualTo(false);
        assertThat(delete("/api/v1/products/" + unused)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(get("/api/v1/products/" + unused)).hasStatus(HttpStatus.NOT_FOUND);

        token = users.tokenOf(rep);
        assertThat(post("/api/v1/contracts", """
                {"name": "n", "customerId": %d, "signedOn": "2026-03-01", "lines": [{"productId": %d, "quantity": 1}]}"""
                .formatted(customerOf(rep), used))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("lines[0].productId");
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        long product = idOf(create(code(), "10"));
        String code = read(get("/api/v1/products/" + product), "$.code");
        assertThat(put("/api/v1/products/" + product, """
                {"code": "%s", "name": "一", "price": 11, "active": true, "version": 0}""".formatted(code))).hasStatusOk();

        assertThat(put("/api/v1/products/" + product, """
                {"code": "%s", "name": "二", "price": 12, "active": true, "version": 0}""".formatted(code)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(amountOf("product", "price", product)).isEqualByComparingTo("11");
        assertThat(read(get("/api/v1/products/%d/logs".formatted(product)), "$[0].changes.price.to").toString())
                .isEqualTo("11.00");
    }

    @Test
    void theListFindsByCodeOrNameAndActivity() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long active = idOf(post("/api/v1/products", """
                {"code": "Q-%s-A", "name": "查询 %s 甲", "price": 1}""".formatted(tag, tag)));
        long inactive = idOf(post("/api/v1/products", """
                {"code": "Q-%s-B", "name": "查询 %s 乙", "price": 1, "active": false}""".formatted(tag, tag)));

        assertThat(ids(get("/api/v1/products?q=" + tag.toUpperCase()), "$.items[*].id")).containsExactly(active, inactive);
        assertThat(ids(get("/api/v1/products?q=%s&active=false".formatted(tag)), "$.items[*].id")).containsExactly(inactive);
        assertThat(ids(get("/api/v1/products?q=%s&sort=code,desc".formatted(tag)), "$.items[*].id"))
                .containsExactly(inactive, active);
    }
}
