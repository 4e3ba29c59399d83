package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every customer, contact, team, lead and pool endpoint. */
class CrmApiDocsIT extends ApiIntegrationTest {

    @Test
    void everyCustomerLeadAndPoolEndpointIsDescribed() {
        var docs = get("/v3/api-docs");

        assertThat(docs).hasStatusOk();
        assertThat(docs).bodyJson().extractingPath("$.paths").asMap().containsKeys(
                "/api/v1/customers", "/api/v1/customers/{id}", "/api/v1/customers/{id}/lock",
                "/api/v1/customers/{id}/unlock", "/api/v1/customers/transfer", "/api/v1/customers/{id}/follow-ups",
                "/api/v1/customers/{id}/logs", "/api/v1/customers/{id}/team", "/api/v1/customers/{id}/team/{userId}",
                "/api/v1/customers/{id}/contacts", "/api/v1/contacts", "/api/v1/contacts/{id}",
                "/api/v1/contacts/{id}/logs", "/api/v1/customers/{id}/release",
                "/api/v1/leads", "/api/v1/leads/{id}", "/api/v1/leads/{id}/qualify", "/api/v1/leads/{id}/invalid",
                "/api/v1/leads/{id}/convert", "/api/v1/leads/transfer", "/api/v1/leads/duplicates",
                "/api/v1/leads/export", "/api/v1/leads/import", "/api/v1/leads/{id}/logs",
                "/api/v1/pool", "/api/v1/pool/{id}", "/api/v1/pool/claim", "/api/v1/pool/assign", "/api/v1/pool/rules");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/leads/import'].post.responses").asMap()
                .containsKeys("200", "400", "409", "413");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/leads/export'].get.responses['200'].content")
                .asMap().containsKeys("text/csv");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/customers/{id}'].put.responses").asMap()
                .containsKeys("200", "400", "404", "409");
    }
}
