package io.pulsecrm.streams;

import io.pulsecrm.streams.pipeline.PipelineByStage;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics the Streams topologies read and write (docs/architecture.md, "Kafka topics").
 *
 * <p>CDC values are read as raw bytes, not parsed by a serde: a value that does not parse must reach
 * {@code dlq.cdc} byte for byte, and a deserialisation exception would stop the stream thread instead.
 * Keys are the primary key as a decimal string, written by our own CDC producer.
 */
public record Topics(Topic<String, PipelineByStage> pipelineByStage, Topic<String, byte[]> dlqCdc) {

    public static final Topic<String, byte[]> CDC_OPPORTUNITY = cdc("opportunity");
    public static final Topic<String, byte[]> CDC_OPPORTUNITY_STAGE = cdc("opportunity_stage");
    public static final Topic<String, PipelineByStage> PIPELINE_BY_STAGE =
            new Topic<>("analytics.pipeline_by_stage", Serdes.String(), PipelineByStage.serde());
    public static final Topic<String, byte[]> DLQ_CDC =
            new Topic<>("dlq.cdc", Serdes.String(), Serdes.ByteArray());

    public static final Topics DEFAULT =
            new Topics(PIPELINE_BY_STAGE, DLQ_CDC);

    /** The CDC topic of a captured PostgreSQL table ({@code cdc.<table>}). */
    public static Topic<String, byte[]> cdc(String table) {
        return new Topic<>("cdc." + table, Serdes.String(), Serdes.ByteArray());
    }
}
