package io.pulsecrm.streams.change;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** The dead-letter contract of {@code dlq.cdc}: headers (docs/architecture.md) and the counter behind /health. */
public final class DeadLetters {

    public static final String REASON = "crm.dlq.reason";
    public static final String TOPIC = "crm.dlq.topic";
    public static final String PARTITION = "crm.dlq.partition";
    public static final String OFFSET = "crm.dlq.offset";

    static final String METRIC_SCOPE = "pulse-cdc";
    static final String METRIC_ENTITY = "dlq-cdc";
    static final String METRIC_OPERATION = "dlq-records";
    /** Kafka Streams names a custom rate/total sensor's metrics {@code <operation>-total} in group {@code stream-<scope>-metrics}. */
    static final String METRIC_NAME = METRIC_OPERATION + "-total";
    static final String METRIC_GROUP = "stream-" + METRIC_SCOPE + "-metrics";

    private DeadLetters() {}

    static Headers headers(Headers original, String reason, RecordMetadata source) {
        Headers headers = new RecordHeaders(original.toArray());
        headers.add(REASON, utf8(reason));
        headers.add(TOPIC, utf8(source == null ? "" : source.topic()));
        headers.add(PARTITION, utf8(source == null ? "" : Integer.toString(source.partition())));
        headers.add(OFFSET, utf8(source == null ? "" : Long.toString(source.offset())));
        return headers;
    }

    /** Events dead-lettered so far by this instance, summed over its stream threads. */
    public static long count(Map<MetricName, ? extends Metric> metrics) {
        double total = 0;
        for (var entry : metrics.entrySet()) {
            MetricName name = entry.getKey();
            if (METRIC_NAME.equals(name.name()) && METRIC_GROUP.equals(name.group())
                    && entry.getValue().metricValue() instanceof Number n) {
                total += n.doubleValue();
            }
        }
        return (long) total;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
