package io.pulsecrm.warehouse.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicBootstrapTest {

    @Test
    void consumedChangelogsAreCreatedCompactedLikeTheProducersCreateThem() {
        for (String topic : SinkTopics.DEFAULT.consumed()) {
            assertThat(TopicBootstrap.configsOf(topic, SinkTopics.DEFAULT)).as(topic).containsEntry("cleanup.policy", "compact");
        }
    }

    @Test
    void deadLetterTopicKeepsTimeBasedRetention() {
        assertThat(TopicBootstrap.configsOf("dlq.warehouse", SinkTopics.DEFAULT)).isEmpty();
    }
}
