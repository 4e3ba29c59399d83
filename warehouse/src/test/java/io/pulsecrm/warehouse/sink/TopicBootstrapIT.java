package io.pulsecrm.warehouse.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.WarehouseStack;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/** When the sink starts before the producers, the topics it creates are the ones the contract describes. */
class TopicBootstrapIT {

    @Test
    void sinkCreatesConsumedChangelogsCompactedAndItsDeadLetterTopicNot() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        SinkTopics topics = new SinkTopics("analytics.it_" + run, "cdc.it_" + run + "_", "dlq.it_" + run);
        SinkConfig defaults = SinkConfig.of(WarehouseStack.kafkaBootstrap(), ClickHouseConfig.of("jdbc:clickhouse:http://unused:1"));
        SinkConfig config = new SinkConfig(defaults.kafkaBootstrap(), defaults.clickHouse(), defaults.healthPort(),
                defaults.groupId(), defaults.batchPolicy(), defaults.retryInitialBackoff(), defaults.retryMaxBackoff(),
                topics, 3, (short) 1);

        TopicBootstrap.ensureTopics(config);

        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap()))) {
            for (String topic : topics.consumed()) {
                assertThat(cleanupPolicy(admin, topic)).as(topic).isEqualTo("compact");
            }
            assertThat(cleanupPolicy(admin, topics.deadLetter())).isEqualTo("delete");
            assertThat(admin.describeTopics(List.of(topics.opportunity())).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(topics.opportunity()).partitions()).hasSize(3);
        }
    }

    private static String cleanupPolicy(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS)
                .get(resource).get("cleanup.policy").value();
    }
}
