package io.pulsecrm.streams;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates this service's topics when they are missing; existing topics are left as they are. */
public final class KafkaTopics {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);

    /**
     * Keyed changelogs (cdc.*, analytics.*) are compacted: the latest value per key is kept forever, so
     * a consumer can rebuild from the beginning, and the tombstone after a delete finally removes the key.
     */
    public static final Map<String, String> COMPACTED = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
            TopicConfig.CLEANUP_POLICY_COMPACT);

    private KafkaTopics() {}

    public static void ensure(String bootstrapServers, Collection<String> names, int partitions,
            short replicationFactor, Map<String, String> configs) throws InterruptedException, ExecutionException,
            TimeoutException {
        var props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, partitions, replicationFactor).configs(configs))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                log.info("Created topics {} ({} partitions, replication factor {})",
                        missing.stream().map(NewTopic::name).toList(), partitions, replicationFactor);
            } catch (ExecutionException e) {
                // Another instance (or the other half of this one) created it in between: fine.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
