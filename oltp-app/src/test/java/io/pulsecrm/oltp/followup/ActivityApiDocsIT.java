package io.pulsecrm.oltp.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the activity endpoints: follow-ups, tasks, notifications, campaigns, targets. */
class ActivityApiDocsIT extends ApiIntegrationTest {

    @Test
    void everyActivityEndpointIsDescribedWithItsAnswers() {
        var docs = get("/v3/api-docs");

        assertThat(docs).hasStatusOk();
        assertThat(docs).bodyJson().extractingPath("$.paths").asMap().containsKeys(
                "/api/v1/follow-ups", "/api/v1/follow-ups/{id}", "/api/v1/follow-ups/{id}/logs",
                "/api/v1/tasks", "/api/v1/tasks/{id}", "/api/v1/tasks/{id}/done", "/api/v1/tasks/{id}/undone",
                "/api/v1/tasks/{id}/logs",
                "/api/v1/notifications", "/api/v1/notifications/{id}/read", "/api/v1/notifications/read-all",
                "/api/v1/notifications/unread-count",
                "/api/v1/campaigns", "/api/v1/campaigns/{id}", "/api/v1/campaigns/{id}/status",
                "/api/v1/campaigns/{id}/costs", "/api/v1/campaigns/{id}/costs/{costId}", "/api/v1/campaigns/{id}/logs",
                "/api/v1/targets", "/api/v1/targets/users/{userId}/{year}", "/api/v1/targets/departments/{deptId}/{year}",
                "/api/v1/targets/{id}/logs");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/follow-ups'].post.responses").asMap()
                .containsKeys("201", "400", "403", "404");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/tasks/{id}/done'].post.responses").asMap()
                .containsKeys("200", "400", "404", "409");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/campaigns/{id}'].delete.responses").asMap()
                .containsKeys("204", "404", "409");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/targets/users/{userId}/{year}'].put.responses").asMap()
                .containsKeys("200", "400", "403", "404", "409");
    }
}
