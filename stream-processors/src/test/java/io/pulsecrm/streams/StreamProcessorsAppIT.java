package io.pulsecrm.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.localstack.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar, as {@code ./crm up} runs it, against the real local stack: rows written to
 * PostgreSQL come out of {@code analytics.pipeline_by_stage} through Debezium, the cdc topics and
 * exactly-once Streams; SIGTERM shuts it down cleanly.
 */
class StreamProcessorsAppIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration END_TO_END = Duration.ofSeconds(120);
    private static final Path JAR = Path.of("target", "stream-processors.jar");

    private static CrmDatabase db;
    private static String kafka;
    private static Process service;
    private static Path log;
    private static Path dataDir;
    private static long existingStage;
    private static int healthPort;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startService() throws Exception {
        assertThat(JAR).as("packaged by the package phase before integration tests").exists();
        var stack = LocalStack.shared();
        db = CrmDatabase.on(stack.postgres());
        kafka = stack.kafka().bootstrapServers();
        try (var socket = new ServerSocket(0)) {
            healthPort = socket.getLocalPort();
        }
        dataDir = Files.createDirectories(Path.of("target", "it-data", "app-" + ProcessHandle.current().pid()));
        log = dataDir.resolve("stream-processors.log");
        existingStage = db.insertStage("Existing " + System.nanoTime(), "25.00");
        db.insertOpportunity("Existing deal", "2000.00", existingStage);
        launch();
    }

    /** Starts the jar on the same data folder and ports, as the launcher would after a crash. */
    private static void launch() throws Exception {
        var pg = LocalStack.shared().postgres();
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-Xmx384m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CRM_PG_URL", pg.jdbcUrl());
        builder.environment().put("CRM_PG_USER", pg.user());
        builder.environment().put("CRM_PG_PASSWORD", pg.password());
        builder.environment().put("CRM_KAFKA_BOOTSTRAP", kafka);
        builder.environment().put("CRM_DATA_DIR", dataDir.toString());
        builder.environment().put("CRM_HEALTH_PORT", Integer.toString(healthPort));
        service = builder.start();
    }

    @AfterAll
    static void stopService() throws Exception {
        service.destroy(); // SIGTERM
        boolean exited = service.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            service.destroyForcibly();
        }
        assertThat(exited).as("stopped within 60 s of SIGTERM, see %s", log).isTrue();
        assertThat(Files.readString(log)).contains("CDC stopped after").contains("Streams closed");
    }

    @Test
    void healthIsUpOnlyOnceCdcAndStreamsRun() {
        HttpResponse<String> up = awaitService().ignoreExceptions()
                .until(this::health, r -> r.statusCode() == 200);

        JsonNode body = JSON.readTree(up.body());
        assertThat(body.get("status").asString()).isEqualTo("UP");
        assertThat(body.get("cdc").asString()).isEqualTo("RUNNING");
        assertThat(body.get("streams").asString()).isEqualTo("RUNNING");
        assertThat(body.get("dlqCount").asLong()).isZero();
    }

    @Test
    void everyTopicBetweenTasksIsSizedLikeTheCdcTopics() throws Exception {
        // RUNNING means the assignment went through Streams' co-partitioning check of the join.
        awaitService().ignoreExceptions().until(this::health, r -> r.statusCode() == 200);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            List<String> all = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(AnalyticsStreams.APPLICATION_ID + "-") && !t.endsWith("-changelog"))
                    .toList();
            // between tasks: the deals by stage (the forecast's, which the pipeline by stage sums too), the funnel's
            // stage moves by deal, the forecast's receipts by plan (each named by its topology's prefix), besides what
            // the other topologies name for themselves; every one of them, the segments' broadcast too, has a
            // partition per task
            assertThat(all).contains(
                    AnalyticsStreams.APPLICATION_ID + "-funnel-by-opportunity-repartition",
                    AnalyticsStreams.APPLICATION_ID + "-forecast-deal-by-stage-repartition",
                    AnalyticsStreams.APPLICATION_ID + "-forecast-receipt-by-plan-repartition");
            assertThat(all).doesNotContain(AnalyticsStreams.APPLICATION_ID + "-open-deal-by-stage-repartition");
            List<String> described = new java.util.ArrayList<>(all);
            described.add(Topics.CDC_OPPORTUNITY_STAGE.name());
            Map<String, TopicDescription> topics = admin.describeTopics(described).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            for (String topic : all) {
                assertThat(topics.get(topic).partitions()).as(topic)
                        .hasSameSizeAs(topics.get(Topics.CDC_OPPORTUNITY_STAGE.name()).partitions());
            }
        }
    }

    @Test
    void rowsThatExistedBeforeTheFirstStartReachThePipelineThroughTheSnapshot() {
        try (var output = new TopicTail(kafka, Topics.PIPELINE_BY_STAGE.name())) {
            JsonNode totals = awaitService().until(() -> latest(output, existingStage), p -> p != null);
            assertThat(totals.get("openCount").asLong()).isEqualTo(1);
            assertThat(totals.get("weightedAmount").asString()).isEqualTo("500.00");
        }
    }

    @Test
    void dealsWrittenToPostgresBecomeOpenPipelineByStageAndFollowMovesAndCloses() throws Exception {
        String run = "e2e-" + System.nanoTime();
        long propose = db.insertStage("Propose " + run, "40.00");
        long negotiate = db.insertStage("Negotiate " + run, "10.00");
        long big = db.insertOpportunity("Big " + run, "1000.00", propose);
        long small = db.insertOpportunity("Small " + run, "500.00", propose);

        try (var output = new TopicTail(kafka, Topics.PIPELINE_BY_STAGE.name())) {
            awaitService().until(() -> latest(output, propose),
                    p -> p != null && p.get("openCount").asLong() == 2);
            assertThat(latest(output, propose).get("openAmount").asString()).isEqualTo("1500.00");
            assertThat(latest(output, propose).get("weightedAmount").asString()).isEqualTo("600.00");

            db.sql("update opportunity set stage_id = " + negotiate + " where id = " + small);
            db.sql("update opportunity set status = 'WON', closed_at = now() where id = " + big);

            awaitService().until(() -> latest(output, propose),
                    p -> p.get("openCount").asLong() == 0);
            awaitService().until(() -> latest(output, negotiate),
                    p -> p != null && p.get("openCount").asLong() == 1);
            assertThat(latest(output, propose).get("openAmount").asString()).isEqualTo("0.00");
            assertThat(latest(output, negotiate).get("openAmount").asString()).isEqualTo("500.00");
            assertThat(latest(output, negotiate).get("weightedAmount").asString()).isEqualTo("50.00");
            assertVersionsStrictlyIncrease(output.poll(), Long.toString(propose));
        }
    }

    @Test
    void winRateChangeReweightsTheStageInOneRecord() throws Exception {
        String run = "rate-" + System.nanoTime();
        long stage = db.insertStage("Rate " + run, "10.00");
        for (String amount : List.of("1000.00", "250.00", "0.05")) {
            db.insertOpportunity("Deal " + amount + " " + run, amount, stage);
        }

        try (var output = new TopicTail(kafka, Topics.PIPELINE_BY_STAGE.name())) {
            awaitService().until(() -> latest(output, stage), p -> p != null && p.get("openCount").asLong() == 3);
            int before = output.forKey(Long.toString(stage)).size();

            db.sql("update opportunity_stage set win_rate = 35.00 where id = " + stage);

            JsonNode reweighted = awaitService().until(() -> latest(output, stage),
                    p -> p.get("weightedAmount").asString().equals("437.52"));
            assertThat(reweighted.get("openAmount").asString()).isEqualTo("1250.05");
            assertThat(output.forKey(Long.toString(stage))).hasSize(before + 1);
        }
    }

    @Test
    void killedMidBurstTheServiceResumesWithoutLosingOrDoubleCountingADeal() throws Exception {
        String run = "kill-" + System.nanoTime();
        long stage = db.insertStage("Burst " + run, "50.00");
        awaitService().ignoreExceptions().until(this::health, r -> r.statusCode() == 200);
        int deals = 40;

        for (int i = 0; i < deals; i++) {
            if (i == deals / 2) {
                service.destroyForcibly(); // SIGKILL: no offsets flushed on the way out, transactions left open
                assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            db.insertOpportunity("Deal " + i + " " + run, "10.00", stage);
        }
        launch();

        try (var output = new TopicTail(kafka, Topics.PIPELINE_BY_STAGE.name())) {
            JsonNode totals = awaitService().until(() -> latest(output, stage),
                    p -> p != null && p.get("openCount").asLong() == deals);
            assertThat(totals.get("openAmount").asString()).isEqualTo("400.00");
            assertThat(totals.get("weightedAmount").asString()).isEqualTo("200.00");
            assertVersionsStrictlyIncrease(output.poll(), Long.toString(stage));
        }
    }

    private static JsonNode latest(TopicTail output, long stageId) {
        List<ConsumerRecord<String, String>> records = output.forKey(Long.toString(stageId));
        return records.isEmpty() ? null : JSON.readTree(records.getLast().value());
    }

    private static void assertVersionsStrictlyIncrease(List<ConsumerRecord<String, String>> records, String key) {
        long previous = Long.MIN_VALUE;
        Map<Integer, Long> seen = new HashMap<>();
        for (var record : records) {
            if (!key.equals(record.key())) {
                continue;
            }
            long version = JSON.readTree(record.value()).get("version").asLong();
            assertThat(version).isGreaterThan(previous);
            previous = version;
            seen.put(record.partition(), version);
        }
        assertThat(seen).hasSize(1);
    }

    /** Waits for a condition, but stops at once if the service process died. */
    private static ConditionFactory awaitService() {
        return await().atMost(END_TO_END).failFast("service exited, see " + log, () -> !service.isAlive());
    }

    private HttpResponse<String> health() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + healthPort + "/health"))
                .timeout(Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
