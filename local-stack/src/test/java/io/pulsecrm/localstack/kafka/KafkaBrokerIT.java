package io.pulsecrm.localstack.kafka;

import io.pulsecrm.localstack.FreePorts;
import io.pulsecrm.localstack.process.Procs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaBrokerIT {

    private static final Path DIR = Path.of("target/it/kafka-broker").toAbsolutePath();
    private static ProcessHandle broker;
    private static int port;
    private static int controllerPort;

    @BeforeAll
    static void startBroker() throws Exception {
        deleteTree(DIR);
        port = FreePorts.next();
        controllerPort = FreePorts.next();
        broker = start();
    }

    @AfterAll
    static void stopBroker() {
        Procs.terminate(broker, Duration.ofSeconds(30));
    }

    @Test
    void producedRecordIsConsumed() {
        String topic = "it-plain-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>(topic, "42", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertThat(consume(topic, "read_uncommitted", 1)).extracting(ConsumerRecord::value).containsExactly("hello");
    }

    @Test
    void autoCreatedTopicsHaveThreePartitions() throws Exception {
        String topic = "it-auto-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>(topic, "1", "x")).get();
        }
        try (Admin admin = admin()) {
            assertThat(admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions()).hasSize(3);
        }
    }

    @Test
    void transactionalProducerCommitsOnTheSingleNode() throws Exception {
        String topic = "it-txn-" + UUID.randomUUID();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-" + UUID.randomUUID()))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "1", "committed-1"));
            producer.send(new ProducerRecord<>(topic, "2", "committed-2"));
            producer.commitTransaction();
        }

        assertThat(consume(topic, "read_committed", 2)).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder("committed-1", "committed-2");
    }

    @Test
    void restartReusesFormattedStorageAndKeepsTopics() throws Exception {
        String topic = "it-restart-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>(topic, "k", "before-restart")).get();
        }
        String metaBefore = Files.readString(DIR.resolve("data/meta.properties"));

        Procs.terminate(broker, Duration.ofSeconds(30));
        broker = start();

        assertThat(Files.readString(DIR.resolve("data/meta.properties"))).isEqualTo(metaBefore);
        assertThat(consume(topic, "read_uncommitted", 1)).extracting(ConsumerRecord::value).containsExactly("before-restart");
    }

    @Test
    void sigtermShutsTheBrokerDownCleanly() {
        Path dir = DIR.resolveSibling("kafka-sigterm");
        deleteTree(dir);
        ProcessHandle second = KafkaBroker.start(new KafkaBroker.Spec(dir, dir, FreePorts.next(), FreePorts.next(),
                dir.resolve("kafka.log"), "256m", Optional.of(ProcessHandle.current().pid()), false));

        assertThat(Procs.terminate(second, Duration.ofSeconds(30))).as("exited on SIGTERM without SIGKILL").isTrue();
        assertThat(dir.resolve("data/.kafka_cleanshutdown")).exists();
    }

    private static ProcessHandle start() {
        return KafkaBroker.start(new KafkaBroker.Spec(DIR, DIR, port, controllerPort, DIR.resolve("kafka.log"), "384m",
                Optional.of(ProcessHandle.current().pid()), false));
    }

    private static List<ConsumerRecord<String, String>> consume(String topic, String isolation, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port));
        config.putAll(extra);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port));
    }

    private static void deleteTree(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (var paths = Files.walk(dir)) {
                    for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
