package io.pulsecrm.oltp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import io.swagger.v3.oas.annotations.Operation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of products, opportunities, contracts, approval flows, payment plans and
 * receipts declares the permission it needs and is described in the OpenAPI document.
 */
class DealsEndpointsIT extends ApiIntegrationTest {

    private static final List<String> FEATURES = List.of("product", "opportunity", "contract", "receivable");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointNamesItsPermissionAndIsDocumented() {
        var handlers = mappings.getHandlerMethods().values().stream()
                .filter(handler -> FEATURES.stream().anyMatch(feature -> handler.getBeanType().getPackageName()
                        .startsWith("io.pulsecrm.oltp." + feature + ".")))
                .toList();

        assertThat(handlers).hasSizeGreaterThan(40);
        assertThat(handlers).allSatisfy(handler -> {
            assertThat(handler.getMethodAnnotation(RequiresPermission.class)).as(handler.toString()).isNotNull();
            assertThat(handler.getMethodAnnotation(Operation.class)).as(handler.toString()).isNotNull();
        });
    }

    @Test
    void theOpenApiDocumentDescribesTheDealEndpointsAndTheirProblems() {
        var docs = get("/v3/api-docs");

        assertThat(docs).hasStatusOk();
        assertThat(docs).bodyJson().extractingPath("$.paths").asMap().containsKeys(
                "/api/v1/products", "/api/v1/products/{id}", "/api/v1/products/{id}/logs",
                "/api/v1/opportunities/{id}/products", "/api/v1/opportunities/transfer", "/api/v1/opportunities/{id}/logs",
                "/api/v1/contracts", "/api/v1/contracts/{id}", "/api/v1/contracts/{id}/submit",
                "/api/v1/contracts/{id}/approve", "/api/v1/contracts/{id}/reject", "/api/v1/contracts/{id}/cancel",
                "/api/v1/contracts/transfer", "/api/v1/contracts/approvals/pending", "/api/v1/contracts/{id}/approvals",
                "/api/v1/contracts/{id}/logs", "/api/v1/approval-flows", "/api/v1/approval-flows/{id}",
                "/api/v1/contracts/{id}/plans", "/api/v1/contracts/{id}/plans/{planId}",
                "/api/v1/receipts", "/api/v1/receipts/{id}", "/api/v1/receipts/{id}/logs");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/receipts'].post.responses").asMap()
                .containsKeys("201", "400", "409");
        assertThat(docs).bodyJson().extractingPath("$.components.schemas.NewContract.properties").asMap()
                .containsKeys("number", "customerId", "opportunityId", "signedOn", "lines");
    }
}
