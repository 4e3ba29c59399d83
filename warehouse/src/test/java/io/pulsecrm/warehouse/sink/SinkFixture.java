package io.pulsecrm.warehouse.sink;

import io.pulsecrm.warehouse.WarehouseStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.awaitility.Awaitility.await;

/** An in-process sink on the local stack, a producer for its topics, and a way to know it caught up. */
final class SinkFixture implements AutoCloseable {

    final SinkConfig config;
    final SinkStatus status = new SinkStatus();
    private final Thread thread;
    private final WarehouseSink sink;

    private SinkFixture(String groupId) {
        config = SinkConfig.of(WarehouseStack.kafkaBootstrap(), WarehouseStack.clickHouse()).withGroupId(groupId);
        status.markMigrated();
        sink = WarehouseSink.create(config, status);
        thread = Thread.ofPlatform().name("sink-" + groupId).start(sink);
        await("sink " + groupId + " assigned").atMost(Duration.ofSeconds(60)).until(status::ready);
    }

    static SinkFixture start(String groupPrefix) {
        return new SinkFixture(groupPrefix + "-" + UUID.randomUUID());
    }

    static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, WarehouseStack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
    }

    static void send(KafkaProducer<String, String> producer, String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("send to " + topic + " failed", e);
        }
    }

    /** Whether this sink's group has committed every partition of its topics up to the end. */
    boolean caughtUp() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(config.topics().consumed()).allTopicNames().get(30, TimeUnit.SECONDS)
                    .forEach((name, d) -> d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(config.groupId())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            return ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                    || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        sink.stop();
        thread.join(Duration.ofSeconds(30));
    }
}
