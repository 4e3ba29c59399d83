package io.pulsecrm.warehouse.sink;

import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.localstack.Service;
import io.pulsecrm.localstack.ServiceProcess;
import io.pulsecrm.warehouse.WarehouseStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.pulsecrm.warehouse.sink.CdcTestEvents.pipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The packaged service (warehouse-exec.jar) as {@code ./crm up} runs it: env config, health, SIGTERM. */
class WarehouseSinkAppIT {

    private static final String COUNT = """
            SELECT count() FROM pipeline_by_stage FINAL WHERE stage_id = ?
            """;

    @Test
    void packagedSinkMigratesReportsHealthWritesAndStopsOnSigterm() throws Exception {
        WarehouseStack.clickHouse(); // this JVM's stack; the service migrates its own database anyway
        ServiceProcess app = LocalStack.shared().start(Service.WAREHOUSE_SINK,
                Map.of("CRM_WAREHOUSE_GROUP_ID", "warehouse-app-it-" + UUID.randomUUID()));
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(app.baseUrl() + "/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"migrationsApplied\":true", "\"dlqCount\":");

            long stage = ThreadLocalRandom.current().nextLong(1_000, 1_000_000_000) * 1_000;
            try (KafkaProducer<String, String> producer = SinkFixture.producer()) {
                SinkFixture.send(producer, "analytics.pipeline_by_stage", Long.toString(stage), pipeline(stage, 1, "1.00", "0.50", 7));
            }
            await("row written by the packaged sink").atMost(Duration.ofSeconds(60)).until(() -> count(stage) == 1);
        } finally {
            app.stop();
        }
        assertThat(app.isAlive()).isFalse();
        assertThat(java.nio.file.Files.readString(app.log())).contains("Warehouse sink stopped");
    }

    private static long count(long stage) throws Exception {
        try (Connection c = WarehouseStack.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement(COUNT)) {
            q.setLong(1, stage);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
