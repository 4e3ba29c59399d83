package io.pulsecrm.warehouse.sink;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import java.util.Map;

/** Settings of the sink's Kafka consumer and dead-letter producer. */
final class KafkaClients {

    private KafkaClients() {
    }

    static Map<String, Object> consumerProperties(SinkConfig config) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, config.groupId(),
                ConsumerConfig.CLIENT_ID_CONFIG, config.groupId() + "-consumer",
                // only what the stream processors committed; their aborted writes never reach ClickHouse
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                // offsets are committed by hand after the batch is in ClickHouse
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                // bounds the memory of prefetched records (-Xmx256m)
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 16 * 1024 * 1024,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 2 * 1024 * 1024);
    }

    static Map<String, Object> producerProperties(SinkConfig config) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap(),
                ProducerConfig.CLIENT_ID_CONFIG, config.groupId() + "-dlq",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0);
    }
}
