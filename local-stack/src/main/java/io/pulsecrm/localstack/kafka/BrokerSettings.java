package io.pulsecrm.localstack.kafka;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** server.properties of a one-node KRaft cluster: broker and controller in one process. */
public final class BrokerSettings {

    private BrokerSettings() {}

    static Properties of(Path dataDir, int port, int controllerPort, Map<String, String> overrides) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.toAbsolutePath().toString());

        p.putAll(singleNode());
        overrides.forEach(p::setProperty);
        return p;
    }

    /**
     * What our services need of a one-node cluster, apart from where it listens; the Kafka
     * container of the containers mode gets the same values.
     */
    public static Map<String, String> singleNode() {
        Map<String, String> settings = new LinkedHashMap<>();
        // One node: every internal topic has one replica, or exactly-once Streams never reaches RUNNING.
        settings.put("default.replication.factor", "1");
        settings.put("min.insync.replicas", "1");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        // One partition for internal topics: they are created on first use, 50 partitions take seconds.
        settings.put("offsets.topic.num.partitions", "1");
        settings.put("transaction.state.log.num.partitions", "1");
        settings.put("share.coordinator.state.topic.num.partitions", "1");

        // Topics the services do not create themselves appear on first write with the contract's
        // 3 partitions (docs/architecture.md), so producers never fail on a missing topic.
        settings.put("auto.create.topics.enable", "true");
        settings.put("num.partitions", "3");

        // Consumers join at once instead of waiting 3 s for more members that never come.
        settings.put("group.initial.rebalance.delay.ms", "0");
        // After a kill -9 the restarted broker is fenced for this long: 2 s instead of 9 s.
        settings.put("broker.session.timeout.ms", "2000");
        settings.put("broker.heartbeat.interval.ms", "500");
        settings.put("controlled.shutdown.enable", "true");
        // The cleaner's dedupe map is allocated on the heap up front: 128 MB by default, too much under a small -Xmx.
        settings.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));

        return settings;
    }
}
