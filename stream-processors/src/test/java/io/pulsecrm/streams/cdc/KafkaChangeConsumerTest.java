package io.pulsecrm.streams.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaChangeConsumerTest {

    private static final String OPPORTUNITY = "pulse.public.opportunity";
    private final CdcRouting routing = new CdcRouting("pulse", CdcConfig.DEFAULT_TABLES);
    private final RecordingCommitter committer = new RecordingCommitter();

    @Test
    void recordsGoToCdcTopicsKeyedByPrimaryKeyWithTombstonesAsNullValues() throws Exception {
        var producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        var delete = event(OPPORTUNITY, "{\"id\":42}", "{\"op\":\"d\"}");
        var tombstone = event(OPPORTUNITY, "{\"id\":42}", "null");
        var stage = event("pulse.public.opportunity_stage", "{\"id\":7}", "{\"op\":\"c\"}");

        consumer(producer).handleBatch(List.of(delete, tombstone, stage), committer);

        assertThat(producer.history()).extracting(ProducerRecord::topic, ProducerRecord::key, ProducerRecord::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cdc.opportunity", "42", "{\"op\":\"d\"}"),
                        org.assertj.core.groups.Tuple.tuple("cdc.opportunity", "42", null),
                        org.assertj.core.groups.Tuple.tuple("cdc.opportunity_stage", "7", "{\"op\":\"c\"}"));
    }

    @Test
    void batchIsMarkedProcessedAndFinishedOnlyAfterEveryRecordIsAcknowledged() throws Exception {
        var producer = new MockProducer<>(false, null, new StringSerializer(), new StringSerializer()) {
            @Override
            public synchronized void flush() {
                // The broker acknowledges on flush; nothing may be committed before this point.
                assertThat(committer.calls).isEmpty();
                super.flush();
            }
        };
        var first = event(OPPORTUNITY, "{\"id\":1}", "{}");
        var second = event(OPPORTUNITY, "{\"id\":2}", "{}");

        consumer(producer).handleBatch(List.of(first, second), committer);

        assertThat(committer.calls).containsExactly("processed 1", "processed 2", "batch finished");
    }

    @Test
    void failedSendLeavesTheBatchUncommittedAndStopsTheEngine() {
        var producer = new MockProducer<>(false, null, new StringSerializer(), new StringSerializer()) {
            @Override
            public synchronized void flush() {
                while (errorNext(new TimeoutException("broker gone"))) {
                    // fail every pending send
                }
            }
        };

        assertThatThrownBy(() -> consumer(producer).handleBatch(
                List.of(event(OPPORTUNITY, "{\"id\":1}", "{}")), committer))
                .isInstanceOf(KafkaChangeConsumer.CdcDeliveryException.class);
        assertThat(committer.calls).isEmpty();
    }

    @Test
    void heartbeatsAreNotPublishedButStillMarkedSoTheSlotAdvances() throws Exception {
        var producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        var heartbeat = event("__debezium-heartbeat.pulse", "{\"serverName\":\"pulse\"}", "{\"ts_ms\":1}");
        var heartbeatRow = event("pulse.public.cdc_heartbeat", "{\"id\":1}", "{\"op\":\"u\"}");

        consumer(producer).handleBatch(List.of(heartbeat, heartbeatRow), committer);

        assertThat(producer.history()).isEmpty();
        assertThat(committer.calls).containsExactly("processed {\"serverName\":\"pulse\"}", "processed 1",
                "batch finished");
    }

    @Test
    void joinTableChangesGoToTheirTopicKeyedByTheCompositeKey() throws Exception {
        var producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        var grant = event("pulse.public.role_permission", "{\"role_id\":3,\"permission\":\"dashboard:view\"}",
                "{\"op\":\"c\"}");
        var session = event("pulse.public.user_session", "{\"id\":\"6f1c2a7e-9d3b-4c1a-8e2f-0b5d7c9a1e3f\"}",
                "{\"op\":\"u\"}");

        consumer(producer).handleBatch(List.of(grant, session), committer);

        assertThat(producer.history()).extracting(ProducerRecord::topic, ProducerRecord::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cdc.role_permission", "3:dashboard%3Aview"),
                        org.assertj.core.groups.Tuple.tuple("cdc.user_session", "6f1c2a7e-9d3b-4c1a-8e2f-0b5d7c9a1e3f"));
    }

    @Test
    void secretTablesHaveNoTopicEvenIfTheirChangesShowedUp() {
        assertThat(routing.topicFor("pulse.public.user_credential")).isNull();
        assertThat(routing.topicFor("pulse.public.signing_key")).isNull();
    }

    private KafkaChangeConsumer consumer(MockProducer<String, String> producer) {
        return new KafkaChangeConsumer(producer, routing, new AtomicLong(), new AtomicLong());
    }

    private static ChangeEvent<String, String> event(String destination, String key, String value) {
        return new ChangeEvent<>() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String value() {
                return value;
            }

            @Override
            public String destination() {
                return destination;
            }

            @Override
            public Integer partition() {
                return null;
            }
        };
    }

    private static final class RecordingCommitter implements DebeziumEngine.RecordCommitter<ChangeEvent<String, String>> {
        final List<String> calls = new ArrayList<>();

        @Override
        public void markProcessed(ChangeEvent<String, String> record) {
            String key = record.key().startsWith("{\"id\":") ? CdcRouting.key(record.key()) : record.key();
            calls.add("processed " + key);
        }

        @Override
        public void markBatchFinished() {
            calls.add("batch finished");
        }

        @Override
        public void markProcessed(ChangeEvent<String, String> record, DebeziumEngine.Offsets offsets) {
            markProcessed(record);
        }

        @Override
        public DebeziumEngine.Offsets buildOffsets() {
            throw new UnsupportedOperationException();
        }
    }
}
