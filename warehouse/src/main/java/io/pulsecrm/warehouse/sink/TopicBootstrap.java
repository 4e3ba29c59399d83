package io.pulsecrm.warehouse.sink;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the sink's topics that do not exist yet, with the partition count of the contract
 * (3) and the configured replication factor, so the consumer is assigned every partition from
 * the first poll instead of waiting for a metadata refresh after a producer creates them.
 * A producer creating the same topic at the same moment is fine (TopicExistsException).
 *
 * <p>Whichever service starts first creates a topic, so the sink must create them exactly as the
 * producers do (docs/architecture.md): the keyed changelogs it consumes are compacted — the latest value
 * per key kept forever, so any consumer can rebuild from offset 0 — and its dead-letter topic is not.
 */
final class TopicBootstrap {

    private static final Logger log = LoggerFactory.getLogger(TopicBootstrap.class);

    private TopicBootstrap() {
    }

    static void ensureTopics(SinkConfig config) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap(),
                AdminClientConfig.CLIENT_ID_CONFIG, "pulse-warehouse-sink-admin"))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = config.topics().all().stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, config.topicPartitions(), config.topicReplicationFactor())
                            .configs(configsOf(t, config.topics())))
                    .toList();
            for (NewTopic topic : missing) {
                try {
                    admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
                    log.info("Created topic {} ({} partitions, replication factor {})",
                            topic.name(), topic.numPartitions(), topic.replicationFactor());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnavailable("cannot list or create topics on " + config.kafkaBootstrap() + ": " + e, e);
        }
    }

    static Map<String, String> configsOf(String topic, SinkTopics topics) {
        return topics.consumed().contains(topic) ? COMPACTED : Map.of();
    }

    private static final Map<String, String> COMPACTED =
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);

    /** The broker did not answer the topic listing or creation in time. */
    static final class KafkaUnavailable extends IllegalStateException {
        KafkaUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
