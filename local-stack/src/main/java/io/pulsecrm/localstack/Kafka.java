package io.pulsecrm.localstack;

/** The fixture's Kafka broker (KRaft, one node). */
public interface Kafka {
    String bootstrapServers();
}
