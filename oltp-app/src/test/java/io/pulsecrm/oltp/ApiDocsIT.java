package io.pulsecrm.oltp;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

class ApiDocsIT extends ApiIntegrationTest {

    @Test
    void openApiDocumentDescribesEveryEndpoint() {
        var docs = get("/v3/api-docs");

        assertThat(docs).hasStatusOk();
        assertThat(docs).bodyJson().extractingPath("$.paths").asMap().containsKeys(
                "/api/v1/stages", "/api/v1/stages/{id}",
                "/api/v1/opportunities", "/api/v1/opportunities/{id}",
                "/api/v1/opportunities/{id}/stage", "/api/v1/opportunities/{id}/won",
                "/api/v1/opportunities/{id}/lost", "/api/v1/opportunities/{id}/reopen",
                "/api/v1/opportunities/{id}/stage-moves");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/opportunities/{id}/stage'].post.responses")
                .asMap().containsKeys("200", "400", "404", "409");
        assertThat(docs).bodyJson().extractingPath("$.components.schemas.Problem.properties").asMap()
                .containsKeys("type", "title", "status", "detail", "code", "errors");
    }

    @Test
    void healthIsUpWithTheDatabase() {
        assertThat(get("/actuator/health")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
    }
}
